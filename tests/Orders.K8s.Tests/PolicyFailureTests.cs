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
        ["scrape annotation back on the pod"] = new(new ExporterJobScrapesOnlyTheExporterPort(),
            m => Template(m).Metadata.Annotations = new Dictionary<string, string> { ["prometheus.io/scrape"] = "true" },
            "Deployment orders", "spec.template.metadata.annotations[prometheus.io/scrape]", "no prometheus.io annotations"),
        ["exporter job that keeps the app's port too"] = new(new ExporterJobScrapesOnlyTheExporterPort(),
            m => ExporterJobValues(m)["relabel_configs"]![0]!["regex"] = "orders;(app|exporter);(http|metrics)",
            "k8s/prometheus-values.yaml", "scrapeConfigs.orders-exporter.relabel_configs", "keeps exactly exporter:9181"),
        ["exporter's port renamed"] = new(new ExporterJobScrapesOnlyTheExporterPort(),
            m => Exporter(m).Ports[0].Name = "prom",
            "k8s/prometheus-values.yaml", "scrapeConfigs.orders-exporter.relabel_configs", "keeps exactly exporter:9181"),
        ["query without a job matcher"] = new(new OnlyTheExporterJobFeedsTheQuery(),
            m => Trigger(m)["query"] = "sum(rate(product_order_total{namespace=\"orders\"}[1m]))",
            "ScaledObject orders", "spec.triggers[0].metadata.query", "a job=\"...\" matcher"),
        ["exporter job that honors its targets' labels"] = new(new OnlyTheExporterJobFeedsTheQuery(),
            m => ExporterJobValues(m)["honor_labels"] = true,
            "ScaledObject orders", "spec.triggers[0].metadata.query", "honor_labels false"),
        ["kubernetes-pods free to claim the exporter's job"] = new(new OnlyTheExporterJobFeedsTheQuery(),
            m => m.PrometheusValues["scrapeConfigs"]!["kubernetes-pods"]!.AsObject().Remove("honor_labels"), // the chart's default true, with no drop rule
            "k8s/prometheus-values.yaml", "scrapeConfigs.kubernetes-pods.metric_relabel_configs", "drops samples labelled job=\"orders-exporter\""),
        ["the chart's Pushgateway"] = new(new NoPushgateway(),
            m => m.PrometheusValues.Remove("prometheus-pushgateway"),
            "k8s/prometheus-values.yaml", "prometheus-pushgateway.enabled", "false"),
        ["service account token mounted"] = new(new NoServiceAccountToken(),
            m => Pod(m).AutomountServiceAccountToken = null,
            "Deployment orders", "spec.template.spec.automountServiceAccountToken", "false"),
        ["one /tmp for both containers"] = new(new OneWriterPerVolume(),
            m => App(m).VolumeMounts.Single(v => v.MountPath == "/tmp").Name = "exporter-tmp",
            "Deployment orders", "spec.template.spec.volumes[exporter-tmp]", "writable by one container at most"),
        ["no NetworkPolicy selecting the pods"] = new(new ExporterPortOpenOnlyToPrometheus(),
            m => m.NetworkPolicies[0].Spec.PodSelector.MatchLabels["app.kubernetes.io/name"] = "other",
            "Deployment orders", "spec.template.metadata.labels", "selected by a NetworkPolicy"),
        ["exporter's port open to every namespace"] = new(new ExporterPortOpenOnlyToPrometheus(),
            m => m.NetworkPolicies[0].Spec.Ingress[0].FromProperty = null,
            "NetworkPolicy orders", "spec.ingress[0].from", "only namespaceSelector {kubernetes.io/metadata.name: prometheus}"),
        ["a rule for every port"] = new(new ExporterPortOpenOnlyToPrometheus(),
            m => m.NetworkPolicies[0].Spec.Ingress[1].Ports = null,
            "NetworkPolicy orders", "spec.ingress[1].ports", "named ports"),
        ["exporter's port named in the NetworkPolicy"] = new(new SidecarPortsByNumber(),
            m => m.NetworkPolicies[0].Spec.Ingress[0].Ports[0].Port = (IntOrString)"metrics",
            "NetworkPolicy orders", "spec.ingress[0].ports[0].port", "the number 9181 that init container exporter declares"),
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
        ["no PodDisruptionBudget"] = new(new DrainKeepsOneServing(),
            m => m.PodDisruptionBudgets[0].Spec.Selector.MatchLabels["app.kubernetes.io/name"] = "other",
            "Deployment orders", "spec.template.metadata.labels", "exactly one PodDisruptionBudget with maxUnavailable: 1"),
        ["a budget that lets a drain evict every pod"] = new(new DrainKeepsOneServing(),
            m => m.PodDisruptionBudgets[0].Spec.MaxUnavailable = (IntOrString)"100%",
            "Deployment orders", "spec.template.metadata.labels", "maxUnavailable: 1"),
        ["a spread that leaves replicas unscheduled"] = new(new DrainKeepsOneServing(),
            m => Pod(m).TopologySpreadConstraints[0].WhenUnsatisfiable = "DoNotSchedule",
            "Deployment orders", "spec.template.spec.topologySpreadConstraints", "whenUnsatisfiable ScheduleAnyway"),
        ["a second label set on the PodDisruptionBudget's selector"] = new(new OneLabelSetShared(),
            m => m.PodDisruptionBudgets[0].Spec.Selector.MatchLabels["team"] = "web",
            "PodDisruptionBudget orders", "spec.selector.matchLabels", "the shared label set"),
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
        ["no fallback"] = new(new FallbackErrsHigh(),
            m => Spec(m).Remove("fallback"),
            "ScaledObject orders", "spec.fallback", "a fallback with failureThreshold >= 1"),
        ["fallback that freezes the count"] = new(new FallbackErrsHigh(),
            m => Spec(m)["fallback"]!["behavior"] = "currentReplicas",
            "ScaledObject orders", "spec.fallback", "behavior currentReplicasIfHigher"),
        ["fallback on the first failed read"] = new(new FallbackErrsHigh(),
            m => Spec(m)["fallback"]!["failureThreshold"] = 0,
            "ScaledObject orders", "spec.fallback", "failureThreshold >= 1"),
        ["metricName kept"] = new(new NoMetricName(),
            m => Trigger(m)["metricName"] = "request_rate",
            "ScaledObject orders", "spec.triggers[0].metadata.metricName", "unset"),
        ["no scale-down policies"] = new(new BehaviorPoliciesPresent(),
            m => Spec(m)["advanced"]!["horizontalPodAutoscalerConfig"]!["behavior"]!["scaleDown"]!.AsObject().Remove("policies"),
            "ScaledObject orders", "spec.advanced.horizontalPodAutoscalerConfig.behavior.scaleDown.policies", "at least one policy"),
        ["chart's 1m scrape interval under a 20s window"] = new(new RateWindowCoversScrapes(),
            m =>
            {
                m.PrometheusValues.Remove("server");
                ExporterJobValues(m).Remove("scrape_interval");
                ExporterJobValues(m).Remove("scrape_timeout");
            },
            "ScaledObject orders", "spec.triggers[0].metadata.query", "at least 4 x the scrape interval"),
        ["exporter job scraped every 30 s under a 20s window"] = new(new RateWindowCoversScrapes(),
            m => ExporterJobValues(m)["scrape_interval"] = "30s",
            "ScaledObject orders", "spec.triggers[0].metadata.query", "scrapeConfigs.orders-exporter.scrape_interval 30s"),
    };

    public static TheoryData<string> Cases => new(Breakages.Keys);

    [ToolTheory("kubectl")]
    [Trait("Category", "Process")]
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

    private static JsonObject ExporterJobValues(ManifestSet m) => m.PrometheusValues["scrapeConfigs"]!["orders-exporter"]!.AsObject();

    private static JsonObject Spec(ManifestSet m) => m.ScaledObjects[0]["spec"]!.AsObject();

    private static JsonObject Trigger(ManifestSet m) => Spec(m)["triggers"]![0]!["metadata"]!.AsObject();
}
