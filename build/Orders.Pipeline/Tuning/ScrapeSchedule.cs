namespace Orders.Pipeline.Tuning;

/// <summary>
/// When Prometheus scrapes one recorded series, in milliseconds from the origin. A real Prometheus gives each target
/// a millisecond offset of its own within the interval (a hash of the target), so one phase per seed is drawn at
/// millisecond resolution; then each scrape may be dropped or start late (<see cref="ScrapeFaults"/>).
/// <para>No timestamp falls within <see cref="WholeSecondGuardMs"/> of a whole second. KEDA queries at whole seconds,
/// so no sample ever sits on a window's left edge: Prometheus 2.x's closed window [t - r, t] and 3.x's left-open
/// (t - r, t] then select the same samples, and the study's 2.42 answers as the chart's 3.x would (prometheus/prometheus
/// docs/migration.md at v3.0.0: only a sample on the left boundary is treated differently). The guard
/// keeps that true through promtool's float-seconds parsing, which may lose a millisecond.</para>
/// <para>The draws for one seed, interval and <c>stream</c> (one per scenario, so the loads' faults are independent of
/// each other) are the same at every fault level (one uniform per scrape is compared with the level), so the 5 %
/// level drops every scrape the 1 % level drops and more: the levels differ in the faults alone, not in the phase
/// or the arrivals.</para>
/// </summary>
public static class ScrapeSchedule
{
    /// <summary>How far every timestamp stays from a whole second, in milliseconds.</summary>
    public const int WholeSecondGuardMs = 10;

    /// <summary>The scrape instants from <paramref name="fromMs"/> to <paramref name="toMs"/> (both whole seconds), in order.</summary>
    public static IReadOnlyList<long> Instants(long fromMs, long toMs, TimeSpan scrape, int seed, int stream, ScrapeFaults faults)
    {
        var interval = (long)scrape.TotalMilliseconds;
        // Seeded by seed, interval and stream, not by the level: see the type's comment.
        var random = new Random(unchecked((((seed * 7919) + stream) * 104_729) + (int)interval));
        var phase = AwayFromWholeSeconds(random.NextInt64(interval));
        var instants = new List<long>();
        for (var at = fromMs + phase; at <= toMs; at += interval)
        {
            var drop = random.NextDouble();
            var late = random.NextDouble();
            var delay = (long)(random.NextDouble() * interval / 2);
            if (drop < faults.Dropped)
            {
                continue;
            }
            var instant = late < faults.Late ? AwayFromWholeSeconds(at + delay) : at;
            if (instant <= toMs)
            {
                instants.Add(instant);
            }
        }
        return instants;
    }

    /// <summary><paramref name="ms"/>, moved later just enough to sit <see cref="WholeSecondGuardMs"/> from a whole second.</summary>
    internal static long AwayFromWholeSeconds(long ms)
    {
        var within = ((ms % 1000) + 1000) % 1000; // the history before the origin is negative
        return within < WholeSecondGuardMs ? ms - within + WholeSecondGuardMs
            : within > 1000 - WholeSecondGuardMs ? ms - within + 1000 + WholeSecondGuardMs
            : ms;
    }
}
