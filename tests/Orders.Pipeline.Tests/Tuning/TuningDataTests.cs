using System.Globalization;
using System.Text.RegularExpressions;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Load;
using Orders.Pipeline.Local;
using Orders.Pipeline.Tuning;

namespace Orders.Pipeline.Tests.Tuning;

/// <summary>
/// The study's recorded data, written for a small set (scrapes 2 s and 3 s, 2 seeds, the step to 50/s and 44/s) and
/// read back line by line: one warm counter series per scrape, seed, fault level and scenario, sampled where
/// <see cref="ScrapeSchedule"/> says from <see cref="TuningData.History"/> before the origin to the span's end,
/// counting the orders LoadProfile sends by each sample on top of <see cref="TuningData.WarmStart"/>. promtool
/// must accept it, millisecond timestamps included.
/// </summary>
public sealed partial class TuningDataTests
{
    private const string Job = "orders-exporter";
    private const int Seeds = 2;
    private static readonly long SpanMs = (long)TuningScenario.Span.TotalMilliseconds;
    private static readonly long HistoryMs = (long)TuningData.History.TotalMilliseconds;

    private static readonly DateTimeOffset Origin = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 3600 * 3600 - 3 * 3600);
    private static readonly TimeSpan[] Scrapes = [TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3)];
    private static readonly TuningScenario[] Scenarios = [TuningScenario.Step(), TuningScenario.Steady(44)];

    private static readonly Lazy<string> Text = new(() =>
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        TuningData.Write(writer, Job, Origin, Scrapes, Seeds, Scenarios);
        return writer.ToString();
    });

    /// <summary>The samples of each namespace, in order: (milliseconds from the origin, count).</summary>
    private static readonly Lazy<Dictionary<string, List<(long Ms, long Count)>>> Series = new(() =>
    {
        var series = new Dictionary<string, List<(long, long)>>(StringComparer.Ordinal);
        foreach (var line in Text.Value.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var match = Sample().Match(line);
            Assert.True(match.Success, $"not a sample of product_order_total with job {Job}, pod orders-0 and a millisecond timestamp: {line}");
            var ns = match.Groups["ns"].Value;
            if (!series.TryGetValue(ns, out var samples))
            {
                series[ns] = samples = [];
            }
            var ms = (long.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) * 1000) + long.Parse(match.Groups["ms"].Value, CultureInfo.InvariantCulture);
            samples.Add((ms - Origin.ToUnixTimeMilliseconds(), long.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture)));
        }
        return series;
    });

    private static IEnumerable<(TimeSpan Scrape, int Seed, ScrapeFaults Faults, TuningScenario Scenario)> All() =>
        from scenario in Scenarios
        from seed in Enumerable.Range(1, Seeds)
        from scrape in Scrapes
        from faults in ScrapeFaults.Levels
        select (scrape, seed, faults, scenario);

    private static List<(long Ms, long Count)> Of((TimeSpan Scrape, int Seed, ScrapeFaults Faults, TuningScenario Scenario) s) =>
        Series.Value[TuningData.Namespace(s.Scrape, s.Seed, s.Faults, s.Scenario)];

    [Fact]
    public void Is_one_counter_family_ending_in_EOF()
    {
        var lines = Text.Value.Split('\n');

        Assert.Equal("# TYPE product_order counter", lines[1]);
        Assert.Equal("# EOF", lines[^2]);
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public void Has_one_series_per_scrape_seed_fault_level_and_scenario()
    {
        // 2 scrapes x 2 seeds x 3 fault levels x 2 scenarios = 24 series, each in its own namespace.
        Assert.Equal(24, Series.Value.Count);
        Assert.Equal(All().Select(s => TuningData.Namespace(s.Scrape, s.Seed, s.Faults, s.Scenario)).Order(StringComparer.Ordinal),
            Series.Value.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("tune-s3-k1-d10l10-steady44", TuningData.Namespace(TimeSpan.FromSeconds(3), 1, ScrapeFaults.Judged, TuningScenario.Steady(44)));
    }

    [Fact]
    public void Samples_each_series_where_its_schedule_says_from_before_the_origin()
    {
        foreach (var s in All())
        {
            Assert.Equal(ScrapeSchedule.Instants(-HistoryMs, SpanMs, s.Scrape, s.Seed, s.Scenario.Stream, s.Faults), Of(s).Select(x => x.Ms));
        }
        // Without faults a 3 s series is every 3 s from its phase in the first 3 s of the history: 1200 s / 3 = 400 samples.
        var clean = Of((Scrapes[1], 1, ScrapeFaults.Levels[0], Scenarios[0]));
        Assert.InRange(clean[0].Ms, -HistoryMs, -HistoryMs + 3000);
        Assert.Equal(400, clean.Count);
    }

    [Fact]
    public void Counters_start_warm_never_decrease_and_stand_still_before_the_load()
    {
        foreach (var samples in Series.Value.Values)
        {
            Assert.All(samples.Zip(samples.Skip(1)), pair => Assert.True(pair.Second.Count >= pair.First.Count, $"{pair.First} then {pair.Second}"));
            Assert.All(samples.Where(s => s.Ms < TuningScenario.LoadStart.TotalMilliseconds), s => Assert.Equal(TuningData.WarmStart, s.Count));
        }
    }

    [Fact]
    public void Counts_the_orders_the_profile_sent_by_each_sample()
    {
        foreach (var s in All())
        {
            var sent = s.Scenario.Profile.SendTimes(LoadArrivals.Poisson(s.Seed)).Select(t => t.TotalMilliseconds).ToArray();

            Assert.All(Of(s), x => Assert.Equal(TuningData.WarmStart + sent.Count(t => t <= x.Ms), x.Count));
        }
        // And that number is the profile's: 50/s for 4 minutes is 12000 orders; a Poisson count is within 5 standard
        // deviations (sqrt(12000) = 110) of it.
        Assert.InRange(Of((Scrapes[0], 1, ScrapeFaults.Levels[0], Scenarios[0]))[^1].Count - TuningData.WarmStart, 12000 - 550, 12000 + 550);
    }

    [Fact]
    public void Seeds_differ_and_fault_levels_differ_only_in_their_faults()
    {
        // Two seeds are two different recordings: their counts at the end differ (probability of a tie ~ 1/sqrt(2 pi 2 x 12000)).
        Assert.NotEqual(Of((Scrapes[0], 1, ScrapeFaults.Levels[0], Scenarios[0]))[^1].Count, Of((Scrapes[0], 2, ScrapeFaults.Levels[0], Scenarios[0]))[^1].Count);
        // Every sample at 5 % is one without faults or a late one; at 1 %, fewer are missing.
        var clean = Of((Scrapes[0], 1, ScrapeFaults.Levels[0], Scenarios[0]));
        var one = Of((Scrapes[0], 1, ScrapeFaults.Levels[1], Scenarios[0]));
        var five = Of((Scrapes[0], 1, ScrapeFaults.Levels[2], Scenarios[0]));
        Assert.True(clean.Count > one.Count && one.Count > five.Count, $"{clean.Count}, {one.Count}, {five.Count} samples");
    }

    [ToolFact("prometheus", "promtool")]
    [Trait("Category", "Process")]
    public async Task Promtool_turns_it_into_blocks()
    {
        using var directory = new TempDirectory("orders-tune-data");
        var data = directory.Combine("data.om");
        await File.WriteAllTextAsync(data, Text.Value);
        var binary = await PrometheusInstaller.EnsureAsync(null, CancellationToken.None);

        var promtool = await Promtool.RunAsync(["tsdb", "create-blocks-from", "openmetrics", data, directory.Combine("tsdb")], executable: Promtool.Beside(binary));

        promtool.EnsureSuccess($"promtool tsdb create-blocks-from openmetrics {data}");
        Assert.NotEmpty(Directory.GetDirectories(directory.Combine("tsdb")));
    }

    [GeneratedRegex("""^product_order_total\{job="orders-exporter",namespace="(?<ns>[^"]+)",pod="orders-0"\} (?<count>[0-9]+) (?<s>[0-9]+)\.(?<ms>[0-9]{3})$""")]
    private static partial Regex Sample();
}
