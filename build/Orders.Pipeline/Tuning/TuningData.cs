using System.Globalization;
using Orders.Pipeline.Load;

namespace Orders.Pipeline.Tuning;

/// <summary>
/// The study's recorded data, as OpenMetrics text for <c>promtool tsdb create-blocks-from openmetrics</c>: for
/// every scrape interval, scrape phase (each whole second of the interval), seed and scenario, the counter
/// <c>product_order_total</c> of one exporter as Prometheus would have scraped it: the number of orders sent by
/// each scrape. Each series has a namespace of its own (<see cref="Namespace"/>), so the project's own query,
/// which selects one namespace, reads exactly one of them.
/// </summary>
public static class TuningData
{
    public static string Namespace(TimeSpan scrape, int phase, int seed, TuningScenario scenario) =>
        string.Create(CultureInfo.InvariantCulture, $"tune-s{(int)scrape.TotalSeconds}-p{phase}-k{seed}-{scenario.Name}");

    /// <summary>Writes every series to <paramref name="output"/>; <paramref name="job"/> is the exporter's scrape job.</summary>
    public static void Write(TextWriter output, string job, DateTimeOffset origin, IReadOnlyList<TimeSpan> scrapes, int seeds, IReadOnlyList<TuningScenario> scenarios)
    {
        output.WriteLine("# HELP product_order Orders served.");
        output.WriteLine("# TYPE product_order counter");
        var end = TuningScenario.Span.TotalSeconds;
        foreach (var scenario in scenarios)
        {
            for (var seed = 1; seed <= seeds; seed++)
            {
                var sent = scenario.Profile.SendTimes(LoadArrivals.Poisson(seed)).Select(t => t.TotalSeconds).ToArray();
                foreach (var scrape in scrapes)
                {
                    for (var phase = 0; phase < (int)scrape.TotalSeconds; phase++)
                    {
                        var labels = $"job=\"{job}\",namespace=\"{Namespace(scrape, phase, seed, scenario)}\",pod=\"orders-0\"";
                        var count = 0;
                        for (var at = (double)phase; at <= end; at += scrape.TotalSeconds)
                        {
                            while (count < sent.Length && sent[count] <= at)
                            {
                                count++;
                            }
                            output.Write(string.Create(CultureInfo.InvariantCulture, $"product_order_total{{{labels}}} {count} {origin.ToUnixTimeSeconds() + (long)at}\n"));
                        }
                    }
                }
            }
        }
        output.WriteLine("# EOF");
    }
}
