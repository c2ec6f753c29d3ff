using System.Text.Json.Nodes;
using Orders.Pipeline.Deploy;

namespace Orders.K8s.Tests.ScrapeConfig;

/// <summary>
/// The Service the prometheus chart's kube-state-metrics sub-chart makes, as Prometheus's discovery sees it
/// (prometheus-community/helm-charts charts/kube-state-metrics/templates/service.yaml as stored, 05734bc0b3e1):
/// named &lt;release&gt;-kube-state-metrics in the release's namespace, labelled app.kubernetes.io/name
/// kube-state-metrics and app.kubernetes.io/instance &lt;release&gt;, port `http` (8080), annotated
/// prometheus.io/scrape only while `kube-state-metrics.prometheusScrape` is true (its default).
/// </summary>
public static class KubeStateMetricsChart
{
    public const string PortName = "http";

    public static string Namespace => HelmChart.Prometheus.Namespace;

    public static string ServiceName => HelmChart.Prometheus.Release + "-kube-state-metrics";

    public static IReadOnlyDictionary<string, string> ServiceLabels => new Dictionary<string, string>
    {
        ["app.kubernetes.io/name"] = "kube-state-metrics",
        ["app.kubernetes.io/instance"] = HelmChart.Prometheus.Release,
    };

    /// <summary>The Service's annotations for the prometheus chart's merged values.</summary>
    public static IReadOnlyDictionary<string, string> ServiceAnnotations(JsonObject mergedPrometheusValues)
    {
        var scrape = mergedPrometheusValues["kube-state-metrics"]?["prometheusScrape"];
        var on = scrape is null || (scrape is JsonValue value && (!value.TryGetValue<bool>(out var flag) || flag));
        return on ? new Dictionary<string, string> { ["prometheus.io/scrape"] = "true" } : new Dictionary<string, string>();
    }
}
