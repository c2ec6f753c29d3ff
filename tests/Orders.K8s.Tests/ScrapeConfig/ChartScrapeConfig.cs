using System.Text.Json.Nodes;
using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests.ScrapeConfig;

/// <summary>
/// The `global` and `scrape_configs` of the prometheus.yml that the prometheus-community/prometheus chart
/// (>= 28.0.0, PR #6429) renders from its merged values: one job per enabled `scrapeConfigs.&lt;key&gt;` (in key
/// order, as Go templates range over maps; `job_name` defaults to the key; `enabled` is dropped; a key without
/// `enabled` is a job of the user's, enabled), then `serverFiles."prometheus.yml".scrape_configs`, then
/// `extraScrapeConfigs` (untemplated here). Rule files and the alerting section are left out: they decide
/// nothing about which series exist.
/// </summary>
public static class ChartScrapeConfig
{
    public static JsonObject Render(JsonObject mergedValues)
    {
        var jobs = new JsonArray();
        foreach (var (key, value) in (mergedValues["scrapeConfigs"] as JsonObject ?? []).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (value is not JsonObject job || !IsEnabled(job))
            {
                continue;
            }

            var rendered = job.DeepClone().AsObject();
            rendered.Remove("enabled");
            if (string.IsNullOrEmpty(rendered["job_name"]?.ToString()))
            {
                rendered["job_name"] = key;
            }

            jobs.Add(rendered);
        }

        foreach (var job in mergedValues["serverFiles"]?["prometheus.yml"]?["scrape_configs"] as JsonArray ?? [])
        {
            jobs.Add(job?.DeepClone());
        }

        var extra = mergedValues["extraScrapeConfigs"]?.ToString();
        if (!string.IsNullOrWhiteSpace(extra))
        {
            foreach (var job in YamlToJson.ConvertAll(extra).SingleOrDefault() as JsonArray ?? [])
            {
                jobs.Add(job?.DeepClone());
            }
        }

        return new JsonObject
        {
            ["global"] = mergedValues["server"]?["global"]?.DeepClone(),
            ["scrape_configs"] = jobs,
        };
    }

    /// <summary>The rendered jobs by name.</summary>
    public static IEnumerable<JsonObject> Jobs(JsonObject config) => (config["scrape_configs"] as JsonArray ?? []).OfType<JsonObject>();

    // "Each can be disabled by setting enabled to false or leaving it empty" (the chart's values.yaml).
    private static bool IsEnabled(JsonObject job) =>
        !job.ContainsKey("enabled") || (job["enabled"] is JsonValue value && value.TryGetValue<bool>(out var enabled) && enabled);
}
