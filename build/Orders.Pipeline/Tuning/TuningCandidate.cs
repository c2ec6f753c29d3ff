using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Report;

namespace Orders.Pipeline.Tuning;

/// <summary>
/// One pair the study weighs: how often the orders job is scraped and the range window of the ScaledObject's
/// query. rate() needs two samples in its window; with fewer than four, one missed scrape leaves it with one or
/// two, so such a pair is shown but never chosen (the replay's lint warns about it too).
/// </summary>
public sealed record TuningCandidate(TimeSpan Scrape, TimeSpan Window)
{
    public double SamplesPerWindow => Window / Scrape;

    public bool Robust => SamplesPerWindow >= QueryWindow.MinimumScrapes;

    /// <summary>Every pair of the given intervals and windows whose window holds at least two scrapes.</summary>
    public static IReadOnlyList<TuningCandidate> Grid(IEnumerable<TimeSpan> scrapes, IEnumerable<TimeSpan> windows) =>
        [.. from s in scrapes.Distinct().Order()
            from w in windows.Distinct().Order()
            where w >= 2 * s
            select new TuningCandidate(s, w)];

    /// <summary><paramref name="query"/> with this pair's window.</summary>
    public string WithWindow(string query) => QueryWindow.Replace(query, Window);

    public override string ToString() => $"scrape {PrometheusDuration.Format(Scrape)}, window {PrometheusDuration.Format(Window)}";
}
