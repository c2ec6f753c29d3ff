using System.Text.Json.Nodes;
using Orders.K8s.Tests.Rendering;
using Orders.K8s.Tests.ScrapeConfig;
using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Report;

namespace Orders.K8s.Tests.Policies;

/// <summary>
/// Every range window in a prometheus trigger's query spans at least 4 scrape intervals (of the job the query
/// reads when prometheus-values.yaml gives it one, else the global one, else the chart's 1m). rate() needs
/// two samples in its window; with fewer than ~4 intervals a late or failed scrape leaves it empty, and KEDA
/// reads an empty result as 0 by default.
/// </summary>
public sealed class RateWindowCoversScrapes : IManifestPolicy
{
    public const int MinimumScrapes = 4;
    private static readonly TimeSpan ChartDefaultInterval = TimeSpan.FromMinutes(1);

    public IEnumerable<PolicyViolation> Check(ManifestSet manifests)
    {
        var config = PrometheusChart.ScrapeConfig(manifests.PrometheusValues);
        foreach (var scaledObject in manifests.ScaledObjects)
        {
            foreach (var (query, path) in ScaledObjectTriggers.PrometheusQueries(scaledObject))
            {
                var (interval, source) = IntervalOf(config, ExporterJob.SelectedBy(query));
                foreach (var window in QueryWindow.Ranges(query))
                {
                    if (window.Duration < MinimumScrapes * interval)
                    {
                        yield return new(Describe.Object(scaledObject), path,
                            $"range windows of at least {MinimumScrapes} x the scrape interval ({source} in k8s/prometheus-values.yaml), i.e. >= {MinimumScrapes * interval.TotalSeconds} s",
                            $"[{window.Text}] in {Describe.Value(query)}");
                    }
                }
            }
        }
    }

    /// <summary>The interval of the job the query reads when it sets one, else the global one (the chart's 1m unless ours says otherwise).</summary>
    private static (TimeSpan Interval, string Source) IntervalOf(JsonObject config, string? jobName)
    {
        var own = jobName is null ? null : ExporterJob.Named(config, jobName)?["scrape_interval"]?.ToString();
        if (own is not null)
        {
            return (PrometheusDuration.Parse(own), $"scrapeConfigs.{jobName}.scrape_interval {own}");
        }

        var global = config["global"]?["scrape_interval"]?.ToString();
        return global is null
            ? (ChartDefaultInterval, "the chart's default 1m")
            : (PrometheusDuration.Parse(global), $"server.global.scrape_interval {global}");
    }
}
