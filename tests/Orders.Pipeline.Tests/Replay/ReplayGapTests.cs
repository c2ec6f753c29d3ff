namespace Orders.Pipeline.Tests.Replay;

/// <summary>
/// A gap: 50 until 600 s, no sample until 1200 s. Prometheus answers empty once its 5-minute lookback runs out
/// (after about 900 s). By hand: with ignoreNullValues false the empty result is an error, the HPA scales
/// nothing and every timing stays at 5; with true it reads 0, and once the last 50 (at or before 900 s) leaves
/// the 120 s window (by about 1020 s) every timing is back at 2, long before 1100 s.
/// </summary>
[Trait("Category", "Process")]
[Collection(BackfilledPrometheusCollection.Name)]
public sealed class ReplayGapTests(BackfilledPrometheus prometheus)
{
    [ToolFact("prometheus", "promtool")]
    public async Task An_outage_holds_the_count_only_without_ignoreNullValues()
    {
        using var replay = new ReplayHarness(prometheus);

        var summary = await replay.RunAsync(0, 1500, ReplayHarness.TestData("gap.yaml"), "gap");

        var row = replay.Timeline()[1100];
        Assert.Equal(("5", "5"), (row["gap-holds_expected_replicas_min"], row["gap-holds_expected_replicas_max"]));
        Assert.Equal(("2", "2"), (row["gap-zero_expected_replicas_min"], row["gap-zero_expected_replicas_max"]));
        Assert.Equal("", row["gap-holds_query_value"]);
        static bool WarnsNull(System.Text.Json.JsonElement e) =>
            e.GetProperty("warnings").EnumerateArray().Any(w => w.GetString()!.Contains("ignoreNullValues is true", StringComparison.Ordinal));
        Assert.True(WarnsNull(ReplayHarness.Entry(summary, "gap-zero")));
        Assert.False(WarnsNull(ReplayHarness.Entry(summary, "gap-holds")));
    }
}
