using Orders.K8s.Tests.Policies;
using Orders.K8s.Tests.Rendering;
using Orders.K8s.Tests.TestSupport;

namespace Orders.K8s.Tests;

/// <summary>k8s/base, rendered with `kubectl kustomize`: what the pipeline applies.</summary>
[Trait("Category", "Process")]
public sealed class BaseManifestTests
{
    [ToolFact("kubectl")]
    public void Renders_one_namespace_deployment_service_networkpolicy_budget_and_scaledobject_named_orders()
    {
        // Given / When: rendering parses every core object strictly (a misspelt field would throw here)
        var manifests = Rendered.Base();

        // Then
        Assert.Equal("orders", Assert.Single(manifests.Namespaces).Metadata.Name);
        Assert.All(
            [Assert.Single(manifests.Deployments).Metadata, Assert.Single(manifests.Services).Metadata, Assert.Single(manifests.NetworkPolicies).Metadata,
             Assert.Single(manifests.PodDisruptionBudgets).Metadata],
            metadata => Assert.Equal(("orders", "orders"), (metadata.Name, metadata.NamespaceProperty)));
        var scaledObject = Assert.Single(manifests.ScaledObjects);
        Assert.Equal("orders", scaledObject["metadata"]?["namespace"]?.ToString());
    }

    [ToolFact("kubectl")]
    public void Renders_a_disruption_budget_and_a_hostname_spread_with_the_shared_labels()
    {
        var manifests = Rendered.Base();
        var deployment = Assert.Single(manifests.Deployments);
        var shared = deployment.Spec.Selector.MatchLabels;

        var budget = Assert.Single(manifests.PodDisruptionBudgets);
        Assert.Equal(("orders", "orders", "1"), (budget.Metadata.Name, budget.Metadata.NamespaceProperty, budget.Spec.MaxUnavailable.Value));
        Assert.Equal(shared, budget.Spec.Selector.MatchLabels);
        Assert.Equal(shared, budget.Metadata.Labels);
        var spread = Assert.Single(deployment.Spec.Template.Spec.TopologySpreadConstraints);
        Assert.Equal(("kubernetes.io/hostname", "ScheduleAnyway", 1), (spread.TopologyKey, spread.WhenUnsatisfiable, spread.MaxSkew));
        Assert.Equal(shared, spread.LabelSelector.MatchLabels);
    }

    [ToolFact("kubectl")]
    public void The_ScaledObject_falls_back_to_at_least_its_maximum_after_three_failed_reads()
    {
        var spec = Assert.Single(Rendered.Base().ScaledObjects)["spec"]!;

        var fallback = spec["fallback"];

        Assert.NotNull(fallback);
        Assert.Equal((3, (int)spec["maxReplicaCount"]!, "currentReplicasIfHigher"),
            ((int)fallback["failureThreshold"]!, (int)fallback["replicas"]!, fallback["behavior"]!.ToString()));
    }

    [ToolFact("kubectl")]
    public void Keeps_every_policy() => ManifestAssert.KeepsEveryPolicy(Rendered.Base());

    [ToolFact("kubectl")]
    public void ScaledObject_matches_KEDA_CRD_schema() => ManifestAssert.ScaledObjectsMatchCrd(Rendered.Base());

    [ToolFact("kubectl")]
    public void Query_sums_the_order_rate_of_this_namespace_pods_only()
    {
        var query = ScaledObjectTriggers.PrometheusQueries(Assert.Single(Rendered.Base().ScaledObjects)).Single().Query;

        Assert.Equal("sum(rate(product_order_total{job=\"orders-exporter\",namespace=\"orders\"}[20s]))", query);
    }

    [ToolFact("kubectl")]
    public void Exporter_is_a_native_sidecar_sharing_the_app_log_read_only()
    {
        var pod = Assert.Single(Rendered.Base().Deployments).Spec.Template.Spec;

        var exporter = Assert.Single(pod.InitContainers);
        var app = Assert.Single(pod.Containers);
        Assert.Equal("Always", exporter.RestartPolicy);
        var appLog = app.VolumeMounts.Single(m => m.Name == "access-log");
        var exporterLog = exporter.VolumeMounts.Single(m => m.Name == "access-log");
        Assert.True(exporterLog.ReadOnlyProperty);
        Assert.Equal(appLog.MountPath, app.Env.Single(e => e.Name == "AccessLog__Directory").Value);
        Assert.Equal(appLog.MountPath, exporter.Env.Single(e => e.Name == "AccessLog__Path").Value);
        var checkpoint = exporter.Env.Single(e => e.Name == "AccessLog__CheckpointPath").Value;
        Assert.StartsWith(exporter.VolumeMounts.Single(m => m.Name == "exporter-state").MountPath + "/", checkpoint);
    }

    [ToolFact("kubectl")]
    public void Grace_period_outlasts_the_prestop_pause_plus_the_app_drain()
    {
        // The host's default shutdown timeout (ASP.NET Core since .NET 8) bounds the app's drain.
        const int appDrainSeconds = 30;
        var pod = Assert.Single(Rendered.Base().Deployments).Spec.Template.Spec;

        var pause = Assert.Single(pod.Containers).Lifecycle.PreStop.Sleep.Seconds;

        Assert.True(pod.TerminationGracePeriodSeconds > pause + appDrainSeconds,
            $"terminationGracePeriodSeconds {pod.TerminationGracePeriodSeconds} must exceed the preStop pause {pause} s + the app's drain {appDrainSeconds} s.");
    }
}
