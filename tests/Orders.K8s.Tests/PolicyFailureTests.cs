using System.Text.Json.Nodes;
using k8s.Models;
using Orders.K8s.Tests.Policies;
using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests;

/// <summary>
/// Each policy can fail: a deliberately broken copy of the rendered base makes it report a violation that
/// names the object, the field and what was expected. (The base itself keeps every policy: BaseManifestTests.)
/// </summary>
public sealed class PolicyFailureTests
{
    private sealed record Breakage(IManifestPolicy Policy, Action<ManifestSet> Break, string Object, string Field, string Expected);

    private static readonly Dictionary<string, Breakage> Breakages = new()
    {
        ["sidecar with a writable root filesystem"] = new(new ContainersAreHardened(),
            m => Exporter(m).SecurityContext.ReadOnlyRootFilesystem = false,
            "Deployment orders", "spec.template.spec.initContainers[exporter].securityContext.readOnlyRootFilesystem", "true"),
        ["no seccomp profile in the pod"] = new(new ContainersAreHardened(),
            m => Pod(m).SecurityContext.SeccompProfile = null,
            "Deployment orders", "spec.template.spec.containers[app].securityContext.seccompProfile.type", "RuntimeDefault"),
        ["capabilities kept"] = new(new ContainersAreHardened(),
            m => App(m).SecurityContext.Capabilities = null,
            "Deployment orders", "spec.template.spec.containers[app].securityContext.capabilities", "drop: [ALL]"),
        ["scrape annotation on the app's port"] = new(new ScrapeAnnotationsNameExporterPort(),
            m => Template(m).Metadata.Annotations["prometheus.io/port"] = "8181",
            "Deployment orders", "spec.template.metadata.annotations[prometheus.io/port]", "\"9181\""),
        ["static scrape job in the chart values"] = new(new NoScrapeThroughService(),
            m => m.PrometheusValues["extraScrapeConfigs"] = "- job_name: orders\n  static_configs:\n    - targets: [orders.orders.svc:9181]\n",
            "k8s/prometheus-values.yaml", "extraScrapeConfigs", "unset"),
        ["scrape annotation on the Service"] = new(new NoScrapeThroughService(),
            m => m.Services[0].Metadata.Annotations = new Dictionary<string, string> { ["prometheus.io/scrape"] = "true" },
            "Service orders", "metadata.annotations[prometheus.io/scrape]", "no prometheus.io annotations"),
        ["selector that misses the template"] = new(new SelectorMatchesTemplate(),
            m => m.Deployments[0].Spec.Selector.MatchLabels["app.kubernetes.io/name"] = "order",
            "Deployment orders", "spec.selector.matchLabels", "subset of the template's labels"),
        ["a second label set on the Service"] = new(new OneLabelSetShared(),
            m => m.Services[0].Metadata.Labels["team"] = "web",
            "Service orders", "metadata.labels", "the shared label set"),
        ["replicas on the Deployment"] = new(new ReplicasLeftToAutoscaler(),
            m => m.Deployments[0].Spec.Replicas = 3,
            "Deployment orders", "spec.replicas", "unset"),
        ["ScaledObject aimed at a StatefulSet"] = new(new ScaledObjectTargetsDeployment(),
            m => Spec(m)["scaleTargetRef"]!["kind"] = "StatefulSet",
            "ScaledObject orders", "spec.scaleTargetRef", "the Deployment rendered beside it"),
        ["query on a misspelt metric"] = new(new QueryNamesExportedMetric(),
            m => Trigger(m)["query"] = "sum(rate(product_orders_total{namespace=\"orders\"}[1m]))",
            "ScaledObject orders", "spec.triggers[0].metadata.query", "product_order_total"),
        ["unquoted threshold"] = new(new ThresholdsAreNumbers(),
            m => Trigger(m)["threshold"] = 10,
            "ScaledObject orders", "spec.triggers[0].metadata.threshold", "a quoted number"),
        ["activation threshold that is no number"] = new(new ThresholdsAreNumbers(),
            m => Trigger(m)["activationThreshold"] = "one",
            "ScaledObject orders", "spec.triggers[0].metadata.activationThreshold", "a quoted number"),
        ["min above max"] = new(new ReplicaBoundsOrdered(),
            m => Spec(m)["minReplicaCount"] = 7,
            "ScaledObject orders", "spec.minReplicaCount", "at most spec.maxReplicaCount (6)"),
        ["metricName kept"] = new(new NoMetricName(),
            m => Trigger(m)["metricName"] = "request_rate",
            "ScaledObject orders", "spec.triggers[0].metadata.metricName", "unset"),
        ["no scale-down policies"] = new(new BehaviorPoliciesPresent(),
            m => Spec(m)["advanced"]!["horizontalPodAutoscalerConfig"]!["behavior"]!["scaleDown"]!.AsObject().Remove("policies"),
            "ScaledObject orders", "spec.advanced.horizontalPodAutoscalerConfig.behavior.scaleDown.policies", "at least one policy"),
        ["chart's 1m scrape interval under a 1m window"] = new(new RateWindowCoversScrapes(),
            m => m.PrometheusValues.Remove("server"),
            "ScaledObject orders", "spec.triggers[0].metadata.query", "at least 4 x the scrape interval"),
    };

    public static TheoryData<string> Cases => new(Breakages.Keys);

    [KubectlTheory]
    [MemberData(nameof(Cases))]
    public void Policy_reports_the_object_field_and_expectation(string breakage)
    {
        // Given: the rendered base, which keeps the policy, broken in one place
        var (policy, breakIt, expectedObject, field, expected) = Breakages[breakage];
        var manifests = Rendered.Base();
        Assert.Empty(policy.Check(manifests));
        breakIt(manifests);

        // When
        var violations = policy.Check(manifests).ToList();

        // Then
        var violation = Assert.Single(violations, v => v.Field == field);
        Assert.Equal(expectedObject, violation.Object);
        Assert.Contains(expected, violation.Expected, StringComparison.Ordinal);
        Assert.StartsWith($"{expectedObject}: {field}: expected ", violation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_policy_has_a_breakage_that_makes_it_fail()
    {
        var covered = Breakages.Values.Select(b => b.Policy.GetType()).ToHashSet();

        Assert.All(ManifestPolicies.All, policy => Assert.Contains(policy.GetType(), covered));
    }

    private static V1PodTemplateSpec Template(ManifestSet m) => m.Deployments[0].Spec.Template;

    private static V1PodSpec Pod(ManifestSet m) => m.Deployments[0].Spec.Template.Spec;

    private static V1Container Exporter(ManifestSet m) => Pod(m).InitContainers.Single(c => c.Name == "exporter");

    private static V1Container App(ManifestSet m) => Pod(m).Containers.Single(c => c.Name == "app");

    private static JsonObject Spec(ManifestSet m) => m.ScaledObjects[0]["spec"]!.AsObject();

    private static JsonObject Trigger(ManifestSet m) => Spec(m)["triggers"]![0]!["metadata"]!.AsObject();
}
