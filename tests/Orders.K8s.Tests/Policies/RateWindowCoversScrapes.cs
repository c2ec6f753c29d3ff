using System.Text.RegularExpressions;
using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests.Policies;

/// <summary>
/// Every range window in a prometheus trigger's query spans at least 4 scrape intervals (the one set in
/// prometheus-values.yaml, else the chart's 1m). rate() needs two samples in its window; with fewer than
/// ~4 intervals a late or failed scrape leaves it empty, and KEDA reads an empty result as 0 by default.
/// </summary>
public sealed partial class RateWindowCoversScrapes : IManifestPolicy
{
    public const int MinimumScrapes = 4;
    private static readonly TimeSpan ChartDefaultInterval = TimeSpan.FromMinutes(1);

    public IEnumerable<PolicyViolation> Check(ManifestSet manifests)
    {
        var configured = manifests.PrometheusValues["server"]?["global"]?["scrape_interval"]?.ToString();
        var interval = configured is null ? ChartDefaultInterval : PrometheusDuration.Parse(configured);
        var source = configured is null ? "the chart's default 1m" : $"server.global.scrape_interval {configured}";
        foreach (var scaledObject in manifests.ScaledObjects)
        {
            foreach (var (query, path) in ScaledObjectTriggers.PrometheusQueries(scaledObject))
            {
                foreach (Match window in RangeWindows().Matches(query))
                {
                    if (PrometheusDuration.Parse(window.Groups["window"].Value) < MinimumScrapes * interval)
                    {
                        yield return new(Describe.Object(scaledObject), path,
                            $"range windows of at least {MinimumScrapes} x the scrape interval ({source} in k8s/prometheus-values.yaml), i.e. >= {MinimumScrapes * interval.TotalSeconds} s",
                            $"[{window.Groups["window"].Value}] in {Describe.Value(query)}");
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"\[(?<window>[0-9a-z]+)(:[0-9a-z]*)?\]")]
    private static partial Regex RangeWindows();
}
