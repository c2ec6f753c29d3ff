namespace Orders.Pipeline.Tests.Replay;

/// <summary>
/// A ramp in 15 s steps: 15, 30, 45 from 315 s, then 60 (threshold 10, min 2, max 6). By hand: the load starts at
/// 315 s; each timing syncs once per 15 s step and goes 2 (15 asks for 2) -> 3 -> 5 -> 6, reaching 6 at its
/// first sync at or after 45 s: 45 / 52 / 59 s. 6 is maxReplicaCount, which the report warns about.
/// </summary>
[Trait("Category", "Process")]
[Collection(BackfilledPrometheusCollection.Name)]
public sealed class ReplayRampTests(BackfilledPrometheus prometheus)
{
    [ToolFact("prometheus", "promtool")]
    public async Task A_ramp_reaches_max_at_the_hand_derived_times_and_warns_about_capacity()
    {
        using var replay = new ReplayHarness(prometheus);

        var summary = await replay.RunAsync(0, 900, ReplayHarness.TestData("gauge.yaml"), "ramp");

        var ramp = ReplayHarness.Entry(summary, "gauge");
        Assert.Equal((6, 6, 6), ReplayHarness.Figure(ramp, "peakReplicas"));
        Assert.Equal((45, 52, 59), ReplayHarness.Figure(ramp, "secondsToPeak"));
        Assert.Contains(ramp.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("reached maxReplicaCount (6)", StringComparison.Ordinal));
        // At 344 s every timing has made its one sync of the 330..344 s step (30: 3 replicas), none has read 45
        var row = replay.Timeline()[344];
        Assert.Equal(("3", "3"), (row["gauge_expected_replicas_min"], row["gauge_expected_replicas_max"]));
    }
}
