using System.Globalization;
using Orders.Pipeline.Load;

namespace Orders.Pipeline.Tuning;

/// <summary>
/// The study's recorded data, as OpenMetrics text for <c>promtool tsdb create-blocks-from openmetrics</c>: for
/// every scenario, seed, scrape interval and fault level, the counter <c>product_order_total</c> of one exporter as
/// Prometheus would have scraped it (<see cref="ScrapeSchedule"/>: a millisecond phase, dropped and late scrapes),
/// from <see cref="History"/> before the origin: <see cref="WarmStart"/> plus the orders sent by each scrape. Each series has a namespace of its own
/// (<see cref="Namespace"/>), so the project's own query, which selects one namespace, reads exactly one of them.
/// </summary>
public static class TuningData
{
    /// <summary>
    /// Where every counter starts: a pod that has served for days, not one just started. From 0, Prometheus's
    /// zero clamp stops rate() from extrapolating toward the window's start while the window still holds the 0,
    /// reading up to a third low during the fill; a long-running counter is extrapolated both ways, as here. It also
    /// keeps 2.42 and 3.x alike, whose clamps differ only for a series that starts inside the window.
    /// </summary>
    public const long WarmStart = 10_000_000;

    /// <summary>
    /// How long before the origin the counter is already scraped: longer than any window weighed, so every query
    /// has samples from its first evaluation on. A series that starts at the origin leaves the longer windows empty
    /// for their first scrapes, KEDA's fallback (6 replicas after 3 failed reads) then fires, and its scale-down
    /// runs into the load: an artifact of the study, not of the pair.
    /// </summary>
    public static readonly TimeSpan History = TimeSpan.FromMinutes(3);

    public static string Namespace(TimeSpan scrape, int seed, ScrapeFaults faults, TuningScenario scenario) =>
        string.Create(CultureInfo.InvariantCulture, $"tune-s{(int)scrape.TotalSeconds}-k{seed}-{faults.Name}-{scenario.Name}");

    /// <summary>Writes every series to <paramref name="output"/>; <paramref name="job"/> is the exporter's scrape job.</summary>
    public static void Write(TextWriter output, string job, DateTimeOffset origin, IReadOnlyList<TimeSpan> scrapes, int seeds, IReadOnlyList<TuningScenario> scenarios)
    {
        output.WriteLine("# HELP product_order Orders served.");
        output.WriteLine("# TYPE product_order counter");
        var spanMs = (long)TuningScenario.Span.TotalMilliseconds;
        var originMs = origin.ToUnixTimeMilliseconds();
        foreach (var scenario in scenarios)
        {
            for (var seed = 1; seed <= seeds; seed++)
            {
                var sent = scenario.Profile.SendTimes(LoadArrivals.Poisson(seed)).Select(t => t.TotalMilliseconds).ToArray();
                foreach (var scrape in scrapes)
                {
                    foreach (var faults in ScrapeFaults.Levels)
                    {
                        var labels = $"job=\"{job}\",namespace=\"{Namespace(scrape, seed, faults, scenario)}\",pod=\"orders-0\"";
                        var count = 0;
                        foreach (var at in ScrapeSchedule.Instants(-(long)History.TotalMilliseconds, spanMs, scrape, seed, scenario.Stream, faults))
                        {
                            while (count < sent.Length && sent[count] <= at)
                            {
                                count++;
                            }
                            var stamp = originMs + at;
                            output.Write(string.Create(CultureInfo.InvariantCulture, $"product_order_total{{{labels}}} {WarmStart + count} {stamp / 1000}.{stamp % 1000:000}\n"));
                        }
                    }
                }
            }
        }
        output.WriteLine("# EOF");
    }
}
