using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;
using static Orders.Pipeline.Tests.Scaling.ModelSpecs;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>The model replays every HPA timing (first sync at 0..14 s) and reports each figure as a range.</summary>
public sealed class ScalingTimingsTests
{
    private static ScaledObjectRun Replay(ScaledObjectSpec spec, int seconds, Func<int, double> value) =>
        ScaledObjectRun.Replay("ours", "k8s/base", spec,
            Enumerable.Range(0, seconds).Select(s => Value(value(s), T0.AddSeconds(s))).ToList(), T0);

    [Fact]
    public void A_step_is_seen_30_to_44_seconds_in_depending_on_the_timing()
    {
        // Given a value of 50 from second 30 on (threshold 10: 5 replicas), min 1, the default behavior
        var run = Replay(Spec(min: 1, max: 10, behavior: Behavior()), 120, s => s >= 30 ? 50 : 0);

        // When replayed at every timing
        var ranges = ScalingRanges.Of(run, T0, TimeSpan.FromSeconds(120), rightReplicas: 5);

        // Then offset 0 syncs at 30, offset o (1..14) first syncs at or after 30 at o + 30: 30..44, median 37.
        // Default scale-up allows +4 pods per 15 s, so every timing goes 1 -> 5 in one sync.
        Assert.Equal(15, ranges.Timings);
        Assert.Equal(new FigureRange(5, 5, 5), ranges.PeakReplicas);
        Assert.Equal(new FigureRange(30, 37, 44), ranges.SecondsToPeak);
        Assert.Equal(new FigureRange(30, 37, 44), ranges.SecondsToRight);
    }

    [Fact]
    public void A_5_second_spike_is_seen_by_a_third_of_the_timings_only()
    {
        // Given 50 only during seconds 20..24
        var run = Replay(Spec(min: 1, max: 10, behavior: Behavior()), 60, s => s is >= 20 and < 25 ? 50 : 0);

        var ranges = ScalingRanges.Of(run, T0, TimeSpan.FromSeconds(25), rightReplicas: 5);

        // Then only offsets 5..9 sync inside the spike (at 20..24): peak 1 for ten timings, 5 for five
        Assert.Equal(new FigureRange(1, 1, 5), ranges.PeakReplicas);
        // and those five reach it at 20..24; the other ten never scale up (null sorts last)
        Assert.Equal(new FigureRange(20, null, null), ranges.SecondsToPeak);
    }

    [Fact]
    public void The_band_spans_the_timings_that_have_and_have_not_yet_seen_the_step()
    {
        var run = Replay(Spec(min: 1, max: 10, behavior: Behavior()), 120, s => s >= 30 ? 50 : 0);

        var band = ReplicaBand.Of(run, T0, 120);

        Assert.Equal((1, 1, 1), (band.Min[29], band.Median[29], band.Max[29]));
        // At 35 s the timings with offsets 0..5 (syncs at 30..35) have 5, the nine others still 1
        Assert.Equal((1, 1, 5), (band.Min[35], band.Median[35], band.Max[35]));
        Assert.Equal((5, 5, 5), (band.Min[44], band.Median[44], band.Max[44]));
    }

    [Fact]
    public void Offset_zero_is_the_single_timing_the_model_used_to_run()
    {
        var spec = Spec(min: 1, max: 10, behavior: Behavior());
        var run = Replay(spec, 120, s => s >= 30 ? 50 : 0);

        var single = ScalingReplay.Events(T0, T0.AddSeconds(119), spec.Polling).Count();

        Assert.Equal(single, run.Steps.Count);
        Assert.Equal(T0, run.Steps[0].At);
        Assert.Equal(T0.AddSeconds(14), run.AllTimings[14][0].At);
    }
}
