using System.Text.Json.Nodes;
using Orders.Pipeline.Report;
using Promql.Queries;
using Promql.Syntax;
using Orders.K8s.Tests.Rendering;
using Orders.K8s.Tests.ScrapeConfig;

namespace Orders.K8s.Tests.Policies;

/// <summary>
/// The scrape job a ScaledObject's query reads (its `job="..."` matcher), looked up in the configuration the
/// Prometheus chart renders from k8s/prometheus-values.yaml.
/// </summary>
public static class ExporterJob
{
    public const string ValuesFile = "k8s/prometheus-values.yaml";

    /// <summary>The job name a query's `job="..."` matcher selects (read from its syntax tree), or null.</summary>
    public static string? SelectedBy(string query) =>
        Selectors.MatchersOn(TriggerQuery.Parse(query), "job").FirstOrDefault(m => m.Op == MatchOp.Equal && m.Value.Length > 0)?.Value;

    /// <summary>The job the first prometheus trigger selects, with the chart's rendered configuration; null when none does.</summary>
    public static (string Name, JsonObject? Job, JsonObject Config)? Find(ManifestSet manifests)
    {
        var name = manifests.ScaledObjects
            .SelectMany(ScaledObjectTriggers.PrometheusQueries)
            .Select(q => SelectedBy(q.Query))
            .FirstOrDefault(n => n is not null);
        if (name is null)
        {
            return null;
        }

        var config = PrometheusChart.ScrapeConfig(manifests.PrometheusValues);
        return (name, Named(config, name), config);
    }

    public static JsonObject? Named(JsonObject config, string name) =>
        ChartScrapeConfig.Jobs(config).FirstOrDefault(j => j["job_name"]?.ToString() == name);

    public static bool HonorsLabels(JsonObject job) => job["honor_labels"] is JsonValue value && value.TryGetValue<bool>(out var honor) && honor;
}
