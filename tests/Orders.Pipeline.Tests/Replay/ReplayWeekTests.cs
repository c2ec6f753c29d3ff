using Orders.Pipeline.Replay;
using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;
using static Orders.Pipeline.Tests.Scaling.ModelSpecs;

namespace Orders.Pipeline.Tests.Replay;

/// <summary>
/// A week of continuous traffic at 15 s readings, with a daily shape from 2 to 38 orders/s that never reaches zero
/// (issue 24: the step figures read "after 32655 s" and "back to min -539895 s" on it). Not timed: how fast and
/// lean is bench/replay-week.sh's to say; this checks that no figure is negative or undefined.
/// </summary>
public sealed class ReplayWeekTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(15);

    private static double Daily(int second) => 20 - 18 * Math.Cos(2 * Math.PI * second / 86_400.0);

    [Fact]
    public void A_week_of_continuous_traffic_has_history_figures_and_no_load_step()
    {
        // Given a week at 15 s, a ScaledObject shaped like ours (threshold 10, min 2, max 6, scale-down window 120 s)
        const int seconds = 7 * 86_400;
        var readings = Enumerable.Range(0, seconds / 15 + 1).Select(i => Value(Daily(i * 15), T0 + Step * i)).ToList();
        var spec = Spec(min: 2, max: 6, behavior: Behavior(down: new HpaScalingRules(TimeSpan.FromSeconds(120))));
        var load = LoadWindow.Of(readings, spec.FirstTrigger.Query, T0, Step, null, null);
        var values = FirstMetricValues.Of(spec, [readings], ModelVersions.Default);
        var right = ReplayReport.RightReplicasFor(spec, values, ModelVersions.Default);

        // When it is replayed at every HPA timing
        var run = ReplayDigest.Of("ours", "ours.yaml", spec, [readings], values, T0, Step, seconds + 1, load, right, ModelVersions.Default);

        // Then there is no step to count from, and no step figure
        Assert.False(load.HasStep);
        Assert.Null(run.Steps.SecondsToPeak.Min);
        Assert.Null(run.Steps.SecondsBackToMin.Min);
        Assert.Equal(15, run.Timings);
        // and every history figure is finite and not negative, the share a share, the cost within min..max × 168 h
        var h = run.History;
        foreach (var figure in new[] { h.ReplicaHours, h.UnderCapacitySeconds, h.UnderCapacityShare, h.ReplicaHoursAboveNeed, h.ScaleEvents, h.ScaleEventsPerDay, h.SecondsAtMax })
        {
            Assert.All(new[] { figure.Min, figure.Median, figure.Max }, v => Assert.True(double.IsFinite(v) && v >= 0, $"{figure} has {v}"));
        }
        Assert.InRange(h.UnderCapacityShare.Max, 0, 1);
        Assert.InRange(h.ReplicaHours.Min, 2 * 168, 6 * 168);
        // 38/s needs 4 and 2/s needs 2: the count climbs and falls every day
        Assert.InRange(h.ScaleEventsPerDay.Min, 2, 200);
        // The band is downsampled (a row per 30 s), not one per second
        Assert.Equal(30, run.Band.SecondsPerPoint);
        Assert.All(run.Band.Min, m => Assert.InRange(m ?? 2, 2, 6));
    }

    [Fact]
    public void A_rise_from_zero_and_a_drop_back_are_a_step_continuous_traffic_is_not()
    {
        var step = Enumerable.Range(0, 100).Select(i => Value(i is >= 20 and < 60 ? 50 : 0, T0.AddSeconds(i))).ToList();
        var flat = Enumerable.Range(0, 100).Select(i => Value(Daily(i * 900), T0.AddSeconds(i))).ToList();

        var stepWindow = LoadWindow.Of(step, "sum(x)", T0, TimeSpan.FromSeconds(1), null, null);
        var flatWindow = LoadWindow.Of(flat, "sum(x)", T0, TimeSpan.FromSeconds(1), null, null);

        Assert.Equal((true, true, T0.AddSeconds(20), T0.AddSeconds(60)), (stepWindow.HasStart, stepWindow.HasEnd, stepWindow.Start, stepWindow.End));
        Assert.False(flatWindow.HasStep);
    }

    [Fact]
    public void A_constant_series_or_one_opening_at_its_peak_is_no_load_step()
    {
        var constant = Enumerable.Range(0, 100).Select(i => Value(50, T0.AddSeconds(i))).ToList();
        var nearPeak = Enumerable.Range(0, 100).Select(i => Value(i < 10 ? 48 : 50, T0.AddSeconds(i))).ToList();

        Assert.False(LoadWindow.Of(constant, "sum(x)", T0, TimeSpan.FromSeconds(1), null, null).HasStep);
        Assert.False(LoadWindow.Of(nearPeak, "sum(x)", T0, TimeSpan.FromSeconds(1), null, null).HasStep);
    }

    [Fact]
    public void A_given_load_start_makes_a_constant_series_a_step_from_it()
    {
        var constant = Enumerable.Range(0, 100).Select(i => Value(50, T0.AddSeconds(i))).ToList();

        var window = LoadWindow.Of(constant, "sum(x)", T0, TimeSpan.FromSeconds(1), T0.AddSeconds(5), null);

        Assert.Equal((true, false, T0.AddSeconds(5)), (window.HasStart, window.HasEnd, window.Start));
    }
}
