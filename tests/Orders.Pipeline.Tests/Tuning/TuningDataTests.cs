using System.Globalization;
using System.Text.RegularExpressions;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Load;
using Orders.Pipeline.Local;
using Orders.Pipeline.Tuning;

namespace Orders.Pipeline.Tests.Tuning;

/// <summary>
/// The study's recorded data, written for a small set (scrapes 2 s and 3 s, 2 seeds, the step and 44/s) and read
/// back line by line: one counter series per scrape, phase, seed and scenario, sampled at phase + k x scrape over
/// the 17-minute span, counting the orders LoadProfile sends by each sample. promtool must accept it.
/// </summary>
public sealed partial class TuningDataTests
{
    private const string Job = "orders-exporter";
    private const int Seeds = 2;
    private static readonly int SpanSeconds = (int)TuningScenario.Span.TotalSeconds;

    private static readonly DateTimeOffset Origin = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 3600 * 3600 - 3 * 3600);
    private static readonly TimeSpan[] Scrapes = [TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3)];
    private static readonly TuningScenario[] Scenarios = [TuningScenario.Step(), TuningScenario.Steady(44)];

    private static readonly Lazy<string> Text = new(() =>
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        TuningData.Write(writer, Job, Origin, Scrapes, Seeds, Scenarios);
        return writer.ToString();
    });

    /// <summary>The samples of each namespace, in order: (seconds from the origin, count).</summary>
    private static readonly Lazy<Dictionary<string, List<(long Seconds, long Count)>>> Series = new(() =>
    {
        var series = new Dictionary<string, List<(long, long)>>(StringComparer.Ordinal);
        foreach (var line in Text.Value.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var match = Sample().Match(line);
            Assert.True(match.Success, $"not a sample of product_order_total with job {Job} and pod orders-0: {line}");
            var ns = match.Groups["ns"].Value;
            if (!series.TryGetValue(ns, out var samples))
            {
                series[ns] = samples = [];
            }
            samples.Add((long.Parse(match.Groups["ts"].Value, CultureInfo.InvariantCulture) - Origin.ToUnixTimeSeconds(),
                long.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture)));
        }
        return series;
    });

    private static IEnumerable<(TimeSpan Scrape, int Phase, int Seed, TuningScenario Scenario)> All() =>
        from scenario in Scenarios
        from seed in Enumerable.Range(1, Seeds)
        from scrape in Scrapes
        from phase in Enumerable.Range(0, (int)scrape.TotalSeconds)
        select (scrape, phase, seed, scenario);

    [Fact]
    public void Is_one_counter_family_ending_in_EOF()
    {
        var lines = Text.Value.Split('\n');

        Assert.Equal("# TYPE product_order counter", lines[1]);
        Assert.Equal("# EOF", lines[^2]);
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public void Has_one_series_per_scrape_phase_seed_and_scenario()
    {
        // Phases: 2 for 2 s + 3 for 3 s = 5; x 2 seeds x 2 scenarios = 20 series, each in its own namespace.
        Assert.Equal(20, Series.Value.Count);
        Assert.Equal(All().Select(s => TuningData.Namespace(s.Scrape, s.Phase, s.Seed, s.Scenario)).Order(StringComparer.Ordinal),
            Series.Value.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("tune-s3-p2-k1-steady44", TuningData.Namespace(TimeSpan.FromSeconds(3), 2, 1, TuningScenario.Steady(44)));
    }

    [Fact]
    public void Samples_each_series_at_its_phase_plus_whole_scrapes_over_the_span()
    {
        foreach (var (scrape, phase, seed, scenario) in All())
        {
            var step = (long)scrape.TotalSeconds;
            var expected = new List<long>();
            for (long at = phase; at <= SpanSeconds; at += step)
            {
                expected.Add(at);
            }

            Assert.Equal(expected, Series.Value[TuningData.Namespace(scrape, phase, seed, scenario)].Select(s => s.Seconds));
        }
        // By hand: scrape 3 s, phase 2: 2, 5, ... 1019 (= 2 + 339 x 3): 340 samples; scrape 2 s, phase 0: 0 .. 1020, 511.
        Assert.Equal(340, Series.Value[TuningData.Namespace(TimeSpan.FromSeconds(3), 2, 1, Scenarios[0])].Count);
        Assert.Equal(511, Series.Value[TuningData.Namespace(TimeSpan.FromSeconds(2), 0, 1, Scenarios[0])].Count);
    }

    [Fact]
    public void Counts_never_decrease_and_stay_0_in_the_two_quiet_minutes()
    {
        foreach (var samples in Series.Value.Values)
        {
            Assert.All(samples.Zip(samples.Skip(1)), pair => Assert.True(pair.Second.Count >= pair.First.Count, $"{pair.First} then {pair.Second}"));
            Assert.All(samples.Where(s => s.Seconds < TuningScenario.LoadStart.TotalSeconds), s => Assert.Equal(0, s.Count));
        }
    }

    [Fact]
    public void Ends_at_the_number_of_orders_the_profile_sends_with_the_seed()
    {
        foreach (var (scrape, phase, seed, scenario) in All())
        {
            var sent = scenario.Profile.SendTimes(LoadArrivals.Poisson(seed)).Count(t => t <= TuningScenario.Span);

            Assert.Equal(sent, Series.Value[TuningData.Namespace(scrape, phase, seed, scenario)][^1].Count);
        }
        // And that number is the profile's: 50/s for 4 minutes is 12000 orders, 44/s for 14 minutes 36960; a Poisson
        // count is within 5 standard deviations (sqrt(12000) = 110, sqrt(36960) = 192) of it.
        Assert.InRange(Series.Value[TuningData.Namespace(Scrapes[0], 0, 1, Scenarios[0])][^1].Count, 12000 - 550, 12000 + 550);
        Assert.InRange(Series.Value[TuningData.Namespace(Scrapes[0], 0, 1, Scenarios[1])][^1].Count, 36960 - 960, 36960 + 960);
    }

    [Fact]
    public void Series_of_one_seed_agree_at_common_instants_and_seeds_differ()
    {
        foreach (var group in All().GroupBy(s => (s.Seed, s.Scenario.Name)))
        {
            var byInstant = new Dictionary<long, long>();
            foreach (var s in group)
            {
                foreach (var (seconds, count) in Series.Value[TuningData.Namespace(s.Scrape, s.Phase, s.Seed, s.Scenario)])
                {
                    // 2 s and 3 s share every sixth second at each pair of phases: 0, 6, 12 ... (phases 0, 0), 1, 7 ...
                    // (1, 1), 2, 8 ... (0, 2) and so on; the first one seen at an instant is the reference.
                    Assert.Equal(byInstant.GetValueOrDefault(seconds, count), count);
                    byInstant[seconds] = count;
                }
            }
            // Every second of the span is sampled by some phase of 2 s (and of 3 s).
            Assert.Equal(SpanSeconds + 1, byInstant.Count);
        }
        // Two seeds are two different recordings: their counts at the end differ (probability of a tie ~ 1/sqrt(2 pi 2 x 12000)).
        var ends = Enumerable.Range(1, Seeds).Select(seed => Series.Value[TuningData.Namespace(Scrapes[0], 0, seed, Scenarios[0])][^1].Count).ToList();
        Assert.NotEqual(ends[0], ends[1]);
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

    [GeneratedRegex("""^product_order_total\{job="orders-exporter",namespace="(?<ns>[^"]+)",pod="orders-0"\} (?<count>[0-9]+) (?<ts>[0-9]+)$""")]
    private static partial Regex Sample();
}
