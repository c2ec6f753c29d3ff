using Orders.Pipeline.Tuning;

namespace Orders.Pipeline.Tests.Tuning;

/// <summary>
/// When the study's Prometheus scrapes: a millisecond phase, the share of dropped and of late scrapes each level asks
/// for, and never a timestamp on a whole second, where KEDA's whole-second queries would make Prometheus 2.x and 3.x
/// select different samples. Counted over many seeds so a share is measured, not guessed.
/// </summary>
public sealed class ScrapeScheduleTests
{
    private const long SpanMs = 3_600_000;
    private static readonly TimeSpan Scrape = TimeSpan.FromSeconds(5);

    /// <summary>The nominal instants of a series: its phase plus whole intervals.</summary>
    private static long Phase(int seed) => ScrapeSchedule.Instants(0, SpanMs, Scrape, seed, 0, ScrapeFaults.Levels[0])[0];

    [Fact]
    public void Without_faults_scrapes_every_interval_from_a_millisecond_phase()
    {
        var instants = ScrapeSchedule.Instants(0, SpanMs, Scrape, 1, 0, ScrapeFaults.Levels[0]);

        Assert.All(instants.Zip(instants.Skip(1)), p => Assert.Equal(5000, p.Second - p.First));
        Assert.InRange(instants[0], 0, 5000);
        // Phases are drawn to the millisecond: 20 seeds give more than 10 distinct sub-second parts.
        Assert.True(Enumerable.Range(1, 20).Select(s => Phase(s) % 1000).Distinct().Count() > 10);
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.05)]
    public void Drops_and_delays_the_share_of_scrapes_the_level_asks_for(double share)
    {
        var faults = new ScrapeFaults(share, share);
        var (dropped, late, total) = (0, 0, 0);
        for (var seed = 1; seed <= 50; seed++)
        {
            var phase = Phase(seed);
            var instants = ScrapeSchedule.Instants(0, SpanMs, Scrape, seed, 0, faults);
            var nominal = (SpanMs - phase) / 5000 + 1;
            total += (int)nominal;
            dropped += (int)nominal - instants.Count;
            late += instants.Count(t => (t - phase) % 5000 != 0);
            // A late scrape is late by less than half an interval (plus the whole-second guard): order is kept.
            Assert.All(instants, t => Assert.InRange((t - phase) % 5000, 0, 2500 + 2 * ScrapeSchedule.WholeSecondGuardMs));
        }

        // 36,000 scrapes: the share's standard error is under 0.12 %, so +-0.5 % (1 %) and +-1 % (5 %) hold.
        Assert.InRange((double)dropped / total, share * 0.5, share * 1.3);
        Assert.InRange((double)late / (total - dropped), share * 0.5, share * 1.3);
    }

    [Fact]
    public void A_higher_level_drops_every_scrape_a_lower_one_drops()
    {
        // Each scrape by its slot: how many intervals after the phase it was due.
        var phase = ScrapeSchedule.Instants(0, SpanMs, Scrape, 3, 7, ScrapeFaults.Levels[0])[0];
        var one = ScrapeSchedule.Instants(0, SpanMs, Scrape, 3, 7, ScrapeFaults.Levels[1]).Select(t => (t - phase) / 5000).ToHashSet();
        var five = ScrapeSchedule.Instants(0, SpanMs, Scrape, 3, 7, ScrapeFaults.Levels[2]).Select(t => (t - phase) / 5000).ToHashSet();

        Assert.Subset(one, five);
        Assert.True(one.Count > five.Count);
    }

    [Fact]
    public void No_timestamp_is_near_a_whole_second()
    {
        for (var seed = 1; seed <= 200; seed++)
        {
            foreach (var t in ScrapeSchedule.Instants(-180_000, SpanMs, Scrape, seed, seed, ScrapeFaults.Levels[2]))
            {
                var within = ((t % 1000) + 1000) % 1000;
                Assert.InRange(within, ScrapeSchedule.WholeSecondGuardMs, 1000 - ScrapeSchedule.WholeSecondGuardMs);
            }
        }
        Assert.Equal(2010, ScrapeSchedule.AwayFromWholeSeconds(2000));
        Assert.Equal(3010, ScrapeSchedule.AwayFromWholeSeconds(2995));
        Assert.Equal(2500, ScrapeSchedule.AwayFromWholeSeconds(2500));
        Assert.Equal(-1990, ScrapeSchedule.AwayFromWholeSeconds(-1995));
    }
}
