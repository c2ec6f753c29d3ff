using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Orders.K8s.Tests.KedaChart;
using Orders.K8s.Tests.Rendering;
using Orders.K8s.Tests.ScrapeConfig;
using Orders.K8s.Tests.TestSupport;

namespace Orders.K8s.Tests;

/// <summary>
/// k8s/keda-values.yaml gets KEDA's own series to the Prometheus the dashboard and alerts read: every key it
/// sets is one the chart has (helm ignores a misspelt key without a word), the operator's metrics are on,
/// Prometheus keeps them once, from the job keda-operator at the operator's metrics port, with the series' own
/// namespace label, and every keda_* name the dashboard and rules read is one the operator serves.
/// </summary>
public sealed partial class KedaValuesTests
{
    private const string OperatorNamespace = "keda";
    private const string OperatorIp = "10.0.0.7";

    /// <summary>What KEDA's operator serves on its metrics port (keda.sh, "Integrate with Prometheus", latest:
    /// the Operator section; keda_scaler_detail_errors_total since v2.14). The metrics API server serves none
    /// of these since v2.11 (kedacore/keda#3972), so only the operator's endpoint is turned on.</summary>
    private static readonly HashSet<string> OperatorMetrics =
    [
        "keda_build_info", "keda_scaler_active", "keda_scaled_object_paused", "keda_scaler_metrics_value",
        "keda_scaler_metrics_latency_seconds", "keda_scaler_detail_errors_total", "keda_scaled_object_errors_total",
        "keda_scaled_job_errors_total", "keda_resource_registered_total", "keda_trigger_registered_total",
        "keda_internal_scale_loop_latency_seconds",
    ];

    [Fact]
    public void Every_key_the_values_set_is_one_the_chart_has()
    {
        var ours = KedaChartModel.OurValues();

        Assert.Contains("prometheus.operator.enabled", KedaChartModel.SetPaths(ours));
        Assert.Empty(KedaChartModel.UnknownPaths(ours));
    }

    [Fact]
    public void A_misspelt_or_misplaced_key_is_reported()
    {
        var values = Json("""{"prometheus": {"operater": {"enabled": true}, "operator": {"enable": true}}, "podAnnotations": {"keda": {"a/b": "c"}}}""");

        Assert.Equal(["prometheus.operater.enabled", "prometheus.operator.enable"], KedaChartModel.UnknownPaths(values));
    }

    [Fact]
    public void The_operator_Service_carries_the_scrape_annotations_and_the_pod_none()
    {
        var merged = KedaChartModel.MergedValues(KedaChartModel.OurValues());

        Assert.Equal(
            new Dictionary<string, string> { ["prometheus.io/scrape"] = "true", ["prometheus.io/port"] = "8080", ["prometheus.io/path"] = "/metrics" },
            KedaChartModel.OperatorServiceAnnotations(merged));
        Assert.Contains(("metrics", 8080), KedaChartModel.OperatorServicePorts(merged));
        Assert.DoesNotContain(KedaChartModel.OperatorPodAnnotations(merged).Keys, key => key.StartsWith("prometheus.io/", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_operator_switch_of_our_values_annotates_the_Service()
    {
        // Given k8s/keda-values.yaml without the one key it says turns the scrape on
        var ours = KedaChartModel.OurValues();
        Assert.True(ours["prometheus"]?["operator"]?["enabled"]?.GetValue<bool>(), "k8s/keda-values.yaml no longer sets prometheus.operator.enabled: true");
        var without = (JsonObject)ours.DeepClone();
        ((JsonObject)without["prometheus"]!["operator"]!).Remove("enabled");

        // When the chart merges the rest over its defaults
        var merged = KedaChartModel.MergedValues(without);

        // Then nothing else in the file annotates the operator's Service or opens its metrics port (a second
        // annotation source would have the service job scrape it twice)
        Assert.Empty(KedaChartModel.OperatorServiceAnnotations(merged));
        Assert.Equal([("metricsservice", KedaChartModel.OperatorMetricsServicePort)], KedaChartModel.OperatorServicePorts(merged));
    }

    [Fact]
    public void Prometheus_scrapes_the_operator_once_at_its_metrics_port_and_keeps_the_series_namespace()
    {
        // Given: the operator Service's endpoints (one per Service port) and its pod, as discovery would show them
        var merged = KedaChartModel.MergedValues(KedaChartModel.OurValues());
        var annotations = KedaChartModel.OperatorServiceAnnotations(merged);
        var endpoints = KedaChartModel.OperatorServicePorts(merged)
            .Select(p => EndpointSliceDiscovery.Target(OperatorNamespace, "keda-operator", annotations, OperatorIp, p.Port, p.Name))
            .ToList();
        var pod = new Dictionary<string, string>
        {
            ["__address__"] = $"{OperatorIp}:8080",
            ["__meta_kubernetes_namespace"] = OperatorNamespace,
            ["__meta_kubernetes_pod_name"] = "keda-operator-5f6d8-abcde",
            ["__meta_kubernetes_pod_phase"] = "Running",
        };
        foreach (var (key, value) in KedaChartModel.OperatorPodAnnotations(merged))
        {
            pod["__meta_kubernetes_pod_annotation_" + PodDiscovery.Sanitize(key)] = value;
            pod["__meta_kubernetes_pod_annotationpresent_" + PodDiscovery.Sanitize(key)] = "true";
        }

        var config = PrometheusChart.ScrapeConfig(Json(File.ReadAllText(RepositoryFiles.PrometheusValues), yaml: true));

        // When: each job relabels what its discovery role finds
        var scraped = new List<(string Job, string Address, string Path, JsonObject Config, Dictionary<string, string> Target)>();
        foreach (var job in ChartScrapeConfig.Jobs(config))
        {
            var role = job["kubernetes_sd_configs"]?[0]?["role"]?.ToString();
            var found = role switch { "endpointslice" or "endpoints" => endpoints, "pod" => [pod], _ => [] };
            foreach (var target in found.Select(t => RelabelFilter.Apply(job["relabel_configs"] as JsonArray, t)).OfType<Dictionary<string, string>>())
            {
                scraped.Add((job["job_name"]!.ToString(), target["__address__"], target.GetValueOrDefault("__metrics_path__", "/metrics"), job, target));
            }
        }

        // Then: of every job that found it, one keeps its samples (Prometheus merges identical targets): the job
        // keda-operator, at the operator's metrics port, with the series' own namespace (the ScaledObject's)
        var kept = scraped
            .Select(s => (s.Job, s.Address, s.Path, Sample: Scraped(s.Config, s.Target, new Dictionary<string, string> { ["__name__"] = "keda_scaler_metrics_value", ["namespace"] = "orders" })))
            .Where(s => s.Sample is not null)
            .ToList();
        Assert.Equal([("keda-operator", $"{OperatorIp}:8080", "/metrics")], kept.Select(s => (s.Job, s.Address, s.Path)).Distinct());
        Assert.All(kept, s => Assert.True(s.Sample!["namespace"] == "orders",
            "the job must keep the series' own namespace label (the ScaledObject's), which the dashboard and alerts select: " + string.Join(", ", s.Sample)));
    }

    /// <summary>A sample as stored: the target's labels merged in (honor_labels: the sample's win; otherwise the
    /// target's, the sample's kept as exported_*), the job's name, then the metric relabeling; null when dropped.</summary>
    private static Dictionary<string, string>? Scraped(JsonObject job, Dictionary<string, string> target, Dictionary<string, string> sample)
    {
        var honors = job["honor_labels"]?.GetValue<bool>() == true;
        var labels = new Dictionary<string, string>(sample);
        var targetLabels = target.Where(l => !l.Key.StartsWith("__", StringComparison.Ordinal))
            .Append(new KeyValuePair<string, string>("job", job["job_name"]!.ToString()));
        foreach (var (key, value) in targetLabels)
        {
            if (!labels.TryGetValue(key, out var own))
            {
                labels[key] = value;
            }
            else if (!honors)
            {
                labels["exported_" + key] = own;
                labels[key] = value;
            }
        }

        return RelabelFilter.Apply(job["metric_relabel_configs"] as JsonArray, labels);
    }

    [Fact]
    public void Every_keda_metric_the_dashboard_and_rules_read_is_one_the_operator_serves()
    {
        var read = new[] { "orders-dashboard.json", "alerting_rules.yml", "recording_rules.yml" }
            .SelectMany(file => KedaMetricName().Matches(File.ReadAllText(Path.Combine(RepositoryFiles.MonitoringDirectory, file))).Select(m => (File: file, Name: m.Value)))
            .ToList();

        Assert.Contains(read, r => r.Name == "keda_scaler_metrics_value");
        Assert.Contains(read, r => r.Name == "keda_scaler_detail_errors_total");
        Assert.Empty(read.Where(r => !OperatorMetrics.Contains(r.Name)).Select(r => $"{r.File}: {r.Name}").Distinct());
    }

    [Fact]
    public void The_metric_name_scan_skips_recorded_series_that_contain_keda()
    {
        const string Text = "namespace_horizontalpodautoscaler:keda_prometheus_target_average:max + keda_scaler_active{x=\"1\"}";

        Assert.Equal(["keda_scaler_active"], KedaMetricName().Matches(Text).Select(m => m.Value));
    }

    // A metric name starting keda_, not part of a longer name or of a recording rule's level:name:operations.
    [GeneratedRegex("(?<![A-Za-z0-9_:])keda_[a-z0-9_]+(?![A-Za-z0-9_:])")]
    private static partial Regex KedaMetricName();

    private static JsonObject Json(string text, bool yaml = false) =>
        yaml ? (JsonObject)YamlToJson.ConvertAll(text).Single()! : JsonNode.Parse(text)!.AsObject();
}
