namespace Orders.Pipeline.Tests.Replay;

/// <summary>
/// A step from 0 to 50 at 300 s and back to 0 at 600 s (threshold 10, min 2, k8s/base's behavior), replayed
/// from the real Prometheus. By hand: the load is 300..600 s. A timing whose first sync at or after 300 s falls
/// o s later (o = 0..14) scales 2 -> 5 there (+4 pods per 15 s allows it): to peak 0 / 7 / 14 s. After the load,
/// its last reading of 50 was k = 1..15 s before 600 s; that 5 leaves the 120 s window at 120 - k s, when 50%
/// per 30 s allows 5 -> 2 at once: back to min 105 / 112 / 119 s.
/// </summary>
[Trait("Category", "Process")]
[Collection(BackfilledPrometheusCollection.Name)]
public sealed class ReplayStepTests(BackfilledPrometheus prometheus)
{
    [ToolFact("prometheus", "promtool")]
    public async Task A_step_gives_the_hand_derived_ranges()
    {
        using var replay = new ReplayHarness(prometheus);

        var summary = await replay.RunAsync(0, 1200, ReplayHarness.TestData("gauge.yaml"), "step");

        var step = ReplayHarness.Entry(summary, "gauge");
        Assert.Equal("sum(orders_in_flight{namespace=\"step\"})", step.GetProperty("query").GetString());
        Assert.Equal((5, 5, 5), ReplayHarness.Figure(step, "peakReplicas"));
        Assert.Equal((0, 7, 14), ReplayHarness.Figure(step, "secondsToPeak"));
        Assert.Equal((105, 112, 119), ReplayHarness.Figure(step, "secondsBackToMin"));
        // The load start derived from the data: the value first rises above 0 at 300 s
        Assert.Equal("-300", replay.Timeline()[0]["seconds_from_load_start"]);
    }
}
