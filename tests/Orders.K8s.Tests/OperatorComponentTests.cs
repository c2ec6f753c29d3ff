using System.Text.Json.Nodes;
using Orders.K8s.Tests.Policies;
using Orders.K8s.Tests.Rendering;
using Orders.K8s.Tests.Schema;
using Orders.K8s.Tests.TestSupport;

namespace Orders.K8s.Tests;

/// <summary>
/// k8s/components/prometheus-operator on top of k8s/base, as the pipeline's --prometheus=operator will render it:
/// a PodMonitor, a ServiceMonitor of KEDA's operator and the PrometheusRules, valid against the operator's v1 CRDs, scraping what the chart's job
/// scrapes with the same labels, and the NetworkPolicy and the ScaledObject moved to the operator's Prometheus.
/// (Its rules against k8s/monitoring, promtool and the rule tests: tests/Orders.Monitoring.Tests, OperatorRuleTests.)
/// </summary>
[Trait("Category", "Process")]
public sealed class OperatorComponentTests : IDisposable
{
    private const string WithOperator = """
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        namespace: shop
        resources:
          - {base}
        components:
          - {prometheus-operator}
        """;

    private readonly Overlay _overlay = new();

    [ToolFact("kubectl")]
    public void Renders_a_PodMonitor_and_PrometheusRules_that_match_the_operator_CRDs()
    {
        var manifests = _overlay.Render("base + prometheus-operator", WithOperator);

        var podMonitor = Assert.Single(manifests.PodMonitors);
        Assert.Equal(2, manifests.PrometheusRules.Count);
        var errors = OperatorSchemas.PodMonitor.Validate(podMonitor).Select(e => $"PodMonitor: {e}")
            .Concat(manifests.PrometheusRules.SelectMany(r => OperatorSchemas.PrometheusRule.Validate(r).Select(e => $"{Describe.Object(r)}: {e}")))
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.All([podMonitor, .. manifests.PrometheusRules], o => Assert.Equal("shop", o["metadata"]?["namespace"]?.ToString()));
        ManifestAssert.ScaledObjectsMatchCrd(manifests);
    }

    [ToolFact("kubectl")]
    public void Renders_a_ServiceMonitor_of_KEDAs_operator_that_matches_the_CRD_and_the_charts_job()
    {
        var manifests = _overlay.Render("base + prometheus-operator", WithOperator);

        var serviceMonitor = Assert.Single(manifests.ServiceMonitors);
        Assert.Empty(OperatorSchemas.ServiceMonitor.Validate(serviceMonitor));
        var spec = serviceMonitor["spec"]!;
        var endpoint = Assert.Single(spec["endpoints"]!.AsArray())!;
        var job = ExporterJob.Named(ScrapeConfig.PrometheusChart.ScrapeConfig(manifests.PrometheusValues), "keda-operator")!;
        // The chart's job keeps namespace;service;port = keda;keda-operator;metrics and honours labels.
        Assert.Equal("keda;keda-operator;metrics", job["relabel_configs"]![0]!["regex"]!.ToString());
        Assert.Equal(["keda"], spec["namespaceSelector"]!["matchNames"]!.AsArray().Select(n => n!.ToString()));
        Assert.Equal(("metrics", true), (endpoint["port"]!.ToString(), (bool)endpoint["honorLabels"]!));
        Assert.Contains(endpoint["relabelings"]!.AsArray(), r => r!["regex"]!.ToString() == "keda-operator" && r["action"]!.ToString() == "keep");
        Assert.Contains(endpoint["metricRelabelings"]!.AsArray(), r => r!["regex"]!.ToString() == "orders-exporter" && r["action"]!.ToString() == "drop");
    }

    [ToolFact("kubectl")]
    public void The_ServiceMonitor_schema_check_can_fail_on_a_misspelt_field()
    {
        var serviceMonitor = Assert.Single(_overlay.Render("base + prometheus-operator", WithOperator).ServiceMonitors);
        ((JsonObject)serviceMonitor["spec"]!["endpoints"]![0]!)["honourLabels"] = true;

        Assert.Contains(OperatorSchemas.ServiceMonitor.Validate(serviceMonitor), e => e.Contains("honourLabels", StringComparison.Ordinal));
    }

    [ToolFact("kubectl")]
    public void The_schema_check_can_fail_on_a_misspelt_field()
    {
        var podMonitor = Assert.Single(_overlay.Render("base + prometheus-operator", WithOperator).PodMonitors);
        var endpoint = (JsonObject)podMonitor["spec"]!["podMetricsEndpoints"]![0]!;
        endpoint["honourLabels"] = false;

        Assert.Contains(OperatorSchemas.PodMonitor.Validate(podMonitor), e => e.Contains("honourLabels", StringComparison.Ordinal));
    }

    [ToolFact("kubectl")]
    public void The_PodMonitor_scrapes_the_exporter_port_of_the_order_pods_as_the_chart_job_does()
    {
        var manifests = _overlay.Render("base + prometheus-operator", WithOperator);
        var deployment = Assert.Single(manifests.Deployments);
        var spec = Assert.Single(manifests.PodMonitors)["spec"]!;
        var endpoint = Assert.Single(spec["podMetricsEndpoints"]!.AsArray())!;
        var exporter = Assert.Single(deployment.Spec.Template.Spec.InitContainers);
        var job = ExporterJob.Named(ScrapeConfig.PrometheusChart.ScrapeConfig(manifests.PrometheusValues), "orders-exporter")!;

        Assert.Equal(deployment.Spec.Template.Metadata.Labels, spec["selector"]!["matchLabels"]!.AsObject()
            .ToDictionary(p => p.Key, p => p.Value!.ToString()));
        Assert.Equal(Assert.Single(exporter.Ports).Name, endpoint["port"]?.ToString());
        Assert.False((bool)endpoint["honorLabels"]!);
        Assert.Equal((job["scrape_interval"]?.ToString(), job["scrape_timeout"]?.ToString()),
            (endpoint["interval"]?.ToString(), endpoint["scrapeTimeout"]?.ToString()));
        var relabelings = endpoint["relabelings"]!.AsArray().Select(r => r!.ToJsonString()).ToList();
        Assert.Contains(relabelings, r => r.Contains("\"__meta_kubernetes_pod_container_name\"", StringComparison.Ordinal)
            && r.Contains($"\"regex\":\"{exporter.Name}\"", StringComparison.Ordinal) && r.Contains("\"keep\"", StringComparison.Ordinal));
        Assert.Contains(relabelings, r => r.Contains("\"targetLabel\":\"job\"", StringComparison.Ordinal)
            && r.Contains("\"replacement\":\"orders-exporter\"", StringComparison.Ordinal));
    }

    [ToolFact("kubectl")]
    public void The_NetworkPolicy_and_the_ScaledObject_follow_the_operator_Prometheus_and_keep_every_policy()
    {
        var manifests = _overlay.Render("base + prometheus-operator", WithOperator);

        Assert.Equal("monitoring", AdmittedNamespace(manifests));
        Assert.Equal("http://prometheus-operated.monitoring.svc.cluster.local:9090", ServerAddress(manifests));
        ManifestAssert.KeepsEveryPolicy(manifests);
    }

    [ToolFact("kubectl")]
    public void One_patch_on_top_moves_both_to_another_Prometheus_namespace()
    {
        // What the pipeline's --prometheus-namespace (and --prometheus-address) will write on top.
        var manifests = _overlay.Render("base + prometheus-operator + namespace patch", WithOperator + """

            patches:
              - target: {kind: ConfigMap, name: orders-prometheus}
                patch: |-
                  - {op: replace, path: /data/namespace, value: observability}
                  - {op: replace, path: /data/serverAddress, value: "http://prometheus-operated.observability.svc.cluster.local:9090"}
            """);

        Assert.Equal("observability", AdmittedNamespace(manifests));
        Assert.Equal("http://prometheus-operated.observability.svc.cluster.local:9090", ServerAddress(manifests));
        ManifestAssert.KeepsEveryPolicy(manifests);
    }

    [ToolFact("kubectl")]
    public void The_base_alone_admits_the_chart_namespace_and_renders_no_operator_object()
    {
        var manifests = Rendered.Base();

        Assert.Equal("prometheus", AdmittedNamespace(manifests));
        Assert.Equal("http://prometheus-server.prometheus.svc.cluster.local:80", ServerAddress(manifests));
        Assert.Empty(manifests.PodMonitors);
        Assert.Empty(manifests.PrometheusRules);
    }

    private static string AdmittedNamespace(ManifestSet manifests) =>
        Assert.Single(manifests.NetworkPolicies).Spec.Ingress
            .SelectMany(rule => rule.FromProperty ?? [])
            .Select(peer => peer.NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"])
            .Single();

    private static string? ServerAddress(ManifestSet manifests) =>
        ScaledObjectTriggers.Of(Assert.Single(manifests.ScaledObjects)).Single().Metadata["serverAddress"]?.ToString();

    public void Dispose() => _overlay.Dispose();
}
