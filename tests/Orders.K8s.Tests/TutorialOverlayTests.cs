using Orders.K8s.Tests.Policies;
using Orders.K8s.Tests.Rendering;
using Orders.K8s.Tests.TestSupport;

namespace Orders.K8s.Tests;

/// <summary>k8s/tutorial: the tutorial's autoscaling on our workload, for the load test's comparison.</summary>
[Trait("Category", "Process")]
public sealed class TutorialOverlayTests
{
    [ToolFact("kubectl")]
    public void Swaps_in_the_tutorial_trigger_and_cooldown_as_they_were()
    {
        var scaledObject = Assert.Single(Rendered.Tutorial().ScaledObjects);

        var (metadata, _, type) = Assert.Single(ScaledObjectTriggers.Of(scaledObject));
        Assert.Equal("prometheus", type);
        Assert.Equal("sum(rate(product_order_total[5m])) * 300", metadata["query"]?.ToString());
        Assert.Equal("20", metadata["threshold"]?.ToString());
        Assert.Equal(30, (int?)scaledObject["spec"]?["cooldownPeriod"]);
    }

    [ToolFact("kubectl")]
    public void Runs_the_HPA_on_its_defaults_as_the_tutorial_did()
    {
        var scaledObject = Assert.Single(Rendered.Tutorial().ScaledObjects);

        Assert.Null(scaledObject["spec"]?["advanced"]);
    }

    [ToolFact("kubectl")]
    public void Has_no_fallback_as_the_tutorial_had_none()
    {
        var scaledObject = Assert.Single(Rendered.Tutorial().ScaledObjects);

        Assert.Null(scaledObject["spec"]?["fallback"]);
    }

    [ToolFact("kubectl")]
    public void Leaves_the_workload_and_the_seed_layout_as_in_k8s_seed_but_the_exporters_buckets()
    {
        var tutorial = Rendered.Tutorial();
        var @base = Rendered.Parse("k8s/seed", Kubectl.Kustomize(RepositoryFiles.SeedDirectory));
        Assert.NotEmpty(Exporter(@base).Args);
        Exporter(@base).Args = null; // k8s/base's Exporter:DurationBuckets, which the tutorial removes

        Assert.Equal(Json(@base.Deployments), Json(tutorial.Deployments));
        Assert.Equal(Json(@base.Services), Json(tutorial.Services));
    }

    [ToolFact("kubectl")]
    public void Keeps_the_seeds_histogram_buckets_the_exporters_own_defaults()
    {
        // No --Exporter:DurationBuckets args: the exporter publishes RequestMetrics.DefaultDurationBuckets, as the seed did.
        Assert.Null(Exporter(Rendered.Tutorial()).Args);
    }

    private static k8s.Models.V1Container Exporter(ManifestSet manifests) =>
        Assert.Single(Assert.Single(manifests.Deployments).Spec.Template.Spec.InitContainers, c => c.Name == "exporter");

    [ToolFact("kubectl")]
    public void Keeps_every_policy_but_the_behaviour_the_fallback_and_the_job_matcher_it_never_set() =>
        ManifestAssert.KeepsEveryPolicy(Rendered.Tutorial(), typeof(BehaviorPoliciesPresent), typeof(FallbackErrsHigh), typeof(OnlyTheExporterJobFeedsTheQuery));

    [ToolFact("kubectl")]
    public void ScaledObject_matches_KEDA_CRD_schema() => ManifestAssert.ScaledObjectsMatchCrd(Rendered.Tutorial());

    private static string Json(object value) => k8s.KubernetesJson.Serialize(value);
}
