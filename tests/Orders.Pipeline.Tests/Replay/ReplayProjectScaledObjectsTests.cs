using Orders.Pipeline.Tests.Deploy;

namespace Orders.Pipeline.Tests.Replay;

/// <summary>
/// The project's own ScaledObjects (k8s/base and k8s/tutorial, the defaults) on a counter growing 50 orders/s
/// until 1500 s. By hand: over 600..1200 s ours reads rate = 50 (5 replicas from min 2 at each timing's first
/// sync: 0 / 7 / 14 s after the given --load-start; flat, the range holds no step of its own) and the tutorial 50 × 300 / 20 = 750, clamped to max 6; neither comes back within the
/// range. Over 1200..2400 s the counter stops at 1500 s: ours' 20 s rate reaches 0 20 s later and the
/// tutorial's 5-minute one five minutes later (the counter is sampled every 5 s, the exporter job's interval), so either query, minus its window, puts the load's end at the
/// same instant: the figures do not depend on which ScaledObject comes first.
/// </summary>
[Trait("Category", "Process")]
[Collection(BackfilledPrometheusCollection.Name)]
public sealed class ReplayProjectScaledObjectsTests(BackfilledPrometheus prometheus)
{
    [ToolFact("kubectl", "prometheus", "promtool")]
    public async Task A_constant_rate_gives_ours_5_and_the_tutorial_its_max()
    {
        await Scaling.DerivedFor.OursAsync(threshold: 10, min: 2, max: 6);
        using var replay = new ReplayHarness(prometheus);

        // The rate is flat over the range (no rise from zero to derive a step from): the load starts at 600 s.
        var summary = await replay.RunAsync([.. replay.Arguments(600, 1200, "k8s/base,k8s/tutorial", "orders"), "--load-start", ReplayHarness.Time(600)], new FakeProcessRunner());

        var ours = ReplayHarness.Entry(summary, "ours");
        var tutorial = ReplayHarness.Entry(summary, "tutorial");
        Assert.Equal("k8s/base", ours.GetProperty("source").GetString());
        Assert.Equal((5, 5, 5), ReplayHarness.Figure(ours, "peakReplicas"));
        Assert.Equal((0, 7, 14), ReplayHarness.Figure(ours, "secondsToPeak"));
        Assert.Null(ReplayHarness.Figure(ours, "secondsBackToMin"));
        Assert.Equal((6, 6, 6), ReplayHarness.Figure(tutorial, "peakReplicas"));
        Assert.Empty(ours.GetProperty("warnings").EnumerateArray());
        Assert.Contains(tutorial.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.StartsWith("no HPA behavior", StringComparison.Ordinal));
    }

    [ToolFact("kubectl", "prometheus", "promtool")]
    public async Task The_load_end_derived_from_either_query_is_the_same()
    {
        using var oursFirst = new ReplayHarness(prometheus);
        using var tutorialFirst = new ReplayHarness(prometheus);

        var a = ReplayHarness.Entry(await oursFirst.RunAsync(1200, 2400, "k8s/base,k8s/tutorial", "orders"), "ours");
        var b = ReplayHarness.Entry(await tutorialFirst.RunAsync(1200, 2400, "k8s/tutorial,k8s/base", "orders"), "ours");

        Assert.NotNull(ReplayHarness.Figure(a, "secondsBackToMin"));
        Assert.Equal(ReplayHarness.Figure(a, "secondsBackToMin"), ReplayHarness.Figure(b, "secondsBackToMin"));
    }
}
