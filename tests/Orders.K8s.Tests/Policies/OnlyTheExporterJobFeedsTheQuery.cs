using System.Text.Json.Nodes;
using Orders.K8s.Tests.Rendering;
using Orders.K8s.Tests.ScrapeConfig;

namespace Orders.K8s.Tests.Policies;

/// <summary>
/// Nobody but the exporter can add to the series KEDA scales on. The query selects a scrape job whose labels
/// Prometheus sets (no honor_labels), and every other job that keeps a target's own labels (the chart's
/// honor_labels jobs scrape any annotated pod or Service of any namespace) drops samples that claim that job.
/// Without both, any pod can expose product_order_total{job=...,namespace="orders"} and drive the Deployment
/// to its maximum.
/// </summary>
public sealed class OnlyTheExporterJobFeedsTheQuery : IManifestPolicy
{
    public IEnumerable<PolicyViolation> Check(ManifestSet manifests)
    {
        var config = PrometheusChart.ScrapeConfig(manifests.PrometheusValues);
        foreach (var scaledObject in manifests.ScaledObjects)
        {
            foreach (var (query, path) in ScaledObjectTriggers.PrometheusQueries(scaledObject))
            {
                var name = ExporterJob.SelectedBy(query);
                var job = name is null ? null : ExporterJob.Named(config, name);
                if (job is null || ExporterJob.HonorsLabels(job))
                {
                    yield return new(Describe.Object(scaledObject), path,
                        $"a job=\"...\" matcher naming a job of {ExporterJob.ValuesFile} whose labels Prometheus sets (honor_labels false)",
                        $"{Describe.Value(query)} ({(name is null ? "no job matcher" : job is null ? $"no job {name} rendered" : $"job {name} has honor_labels: true")})");
                    continue;
                }

                foreach (var other in ChartScrapeConfig.Jobs(config).Where(j => j != job && ExporterJob.HonorsLabels(j) && !Refuses(j, name!)))
                {
                    yield return new(ExporterJob.ValuesFile, $"scrapeConfigs.{other["job_name"]}.metric_relabel_configs",
                        $"a rule that drops samples labelled job=\"{name}\" (this job keeps the labels its targets expose: honor_labels true)",
                        Describe.Value(other["metric_relabel_configs"]));
                }
            }
        }
    }

    private static bool Refuses(JsonObject job, string name) =>
        (job["metric_relabel_configs"] as JsonArray ?? []).OfType<JsonObject>().Any(rule =>
            rule["action"]?.ToString() == "drop"
            && (rule["source_labels"] as JsonArray)?.Select(l => l?.ToString()).SequenceEqual(["job"]) == true
            && RelabelFilter.Matches(rule, new Dictionary<string, string> { ["job"] = name }));
}
