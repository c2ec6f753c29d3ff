namespace Orders.Pipeline.Tests.Replay;

/// <summary>
/// The gap scenario (50 until 600 s, Prometheus empty from about 900 s to 1200 s) replayed with a ScaledObject that
/// has fallback {3, 6}: where gap-holds freezes at 5, this one goes to 6 while the reads fail, and report.md and
/// summary.json say when.
/// </summary>
[Trait("Category", "Process")]
[Collection(BackfilledPrometheusCollection.Name)]
public sealed class ReplayFallbackTests(BackfilledPrometheus prometheus)
{
    [ToolFact("prometheus", "promtool")]
    public async Task The_fallback_scales_to_its_replicas_during_the_outage_and_the_report_says_when()
    {
        using var replay = new ReplayHarness(prometheus);

        var summary = await replay.RunAsync(0, 1500, ReplayHarness.TestData("gap-fallback.yaml"), "gap");

        var row = replay.Timeline()[1100];
        Assert.Equal(("6", "6"), (row["gap-fallback_expected_replicas_min"], row["gap-fallback_expected_replicas_max"]));
        var fallback = ReplayHarness.Entry(summary, "gap-fallback").GetProperty("fallback");
        var period = Assert.Single(fallback.GetProperty("inForce").EnumerateArray().ToList());
        var (from, to) = (period.GetProperty("from").GetInt32(), period.GetProperty("to").GetInt32());
        Assert.InRange(from, 880, 960); // the lookback runs out near 900 s; the 4th failed read is ~15 s later
        Assert.InRange(to, 1185, 1216); // the first read with a sample again
        Assert.Equal(15, fallback.GetProperty("timingsInForce").GetInt32());
        var md = await File.ReadAllTextAsync(Path.Combine(replay.Output, "report.md"));
        Assert.Contains($"- gap-fallback: fallback in force t={from}-{to} s (failureThreshold 3, replicas 6, static)", md, StringComparison.Ordinal);
    }
}
