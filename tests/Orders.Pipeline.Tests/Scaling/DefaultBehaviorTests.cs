using Orders.Pipeline.Scaling;
using static Orders.Pipeline.Tests.Scaling.ModelSpecs;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>keda-hpa.md's default behaviour: scale-up at most max(+4 pods, +100%) per 15 s; scale-down
/// after a 300 s window taking the highest recommendation in it; min/max clamp.</summary>
public sealed class DefaultBehaviorTests
{
    [Fact]
    public void Scale_up_adds_at_most_four_pods_or_doubles_per_15_seconds_whichever_is_more()
    {
        // Given a behavior block that sets nothing, so every rule is the HPA's default
        var hpa = new HpaHarness(Spec(behavior: Behavior()), initialReplicas: 1);

        // When the metric asks for 40 replicas from the first sync on
        hpa.Run(75, _ => 400);

        // Then 1 -> 5 (+4 beats +100%) -> 10 (+100% beats +4) -> 20 -> 40
        Assert.Equal([5, 10, 20, 40, 40], hpa.HpaReplicas);
    }

    [Fact]
    public void A_second_sync_within_the_same_15_seconds_adds_nothing_more()
    {
        var hpa = new HpaHarness(Spec(behavior: Behavior()), initialReplicas: 1);

        hpa.Run(30, _ => 400, every: 5);

        // The period's start count is 1 until the event of t=0 leaves the 15 s period.
        Assert.Equal([5, 5, 5, 10, 10, 10], hpa.HpaReplicas);
    }

    [Fact]
    public void Without_a_behavior_the_legacy_path_doubles_or_reaches_four()
    {
        // KEDA leaves the HPA's behavior nil when the ScaledObject sets none: the controller then limits
        // a step to max(2 × current, 4), per sync, and keeps the 300 s downscale window.
        var hpa = new HpaHarness(Spec(behavior: null), initialReplicas: 1);

        hpa.Run(75, _ => 400);

        Assert.Equal([4, 8, 16, 32, 40], hpa.HpaReplicas);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Scale_down_waits_300_seconds_after_the_last_higher_recommendation(bool withBehavior)
    {
        var hpa = new HpaHarness(Spec(min: 2, behavior: withBehavior ? Behavior() : null), initialReplicas: 10);

        // 10 replicas' worth until t=60 (last sync at t=45 recommends 10), then 2 replicas' worth
        hpa.Run(600, t => t < 60 ? 100 : 20);

        Assert.Equal(2, hpa.Replicas);
        // The window holds recommendations newer than now - 300 s; the legacy path keeps one exactly at the
        // cutoff, the behavior path does not (k8s: Before(cutoff) vs After(cutoff)).
        Assert.Equal(withBehavior ? 345 : 360, hpa.FirstTimeAt(2));
        Assert.All(hpa.Steps.Where(s => s.At < T0.AddSeconds(withBehavior ? 345 : 360)), s => Assert.Equal(10, s.Replicas));
    }

    [Fact]
    public void Scale_down_takes_the_highest_recommendation_left_in_the_window()
    {
        var hpa = new HpaHarness(Spec(min: 1, behavior: Behavior()), initialReplicas: 10);

        // 10 until t=60, a spike asking for 6 at t=120, then 1
        hpa.Run(900, t => t < 60 ? 100 : t is >= 120 and < 135 ? 60 : 10);

        // When the 10s age out (t=345) the spike's 6 is still in the window; it ages out at t=420.
        Assert.Equal(345, hpa.FirstTimeAt(6));
        Assert.Equal(420, hpa.FirstTimeAt(1));
    }

    [Fact]
    public void Min_and_max_clamp_the_count()
    {
        var high = new HpaHarness(Spec(min: 2, max: 7, behavior: Behavior()), initialReplicas: 2);
        high.Run(120, _ => 10_000);
        Assert.Equal(7, high.HpaReplicas.Max());
        Assert.Equal("TooManyReplicas", high.Steps.Last().Reason);

        var low = new HpaHarness(Spec(min: 3, max: 7, behavior: Behavior(down: new HpaScalingRules(TimeSpan.Zero))), initialReplicas: 5);
        low.Run(60, _ => 0);
        Assert.Equal(3, low.Replicas);
    }

    [Fact]
    public void A_count_outside_min_and_max_is_brought_back_without_reading_the_metric()
    {
        var hpa = new HpaHarness(Spec(min: 2, max: 5, behavior: Behavior()), initialReplicas: 9);

        hpa.Run(1, _ => null);

        Assert.Equal(5, hpa.Replicas);
        Assert.Null(hpa.Steps.Single().MetricDesired);
    }

    [Fact]
    public void A_failed_metric_read_scales_nothing()
    {
        var hpa = new HpaHarness(Spec(min: 1, behavior: Behavior()), initialReplicas: 6);

        hpa.Run(900, _ => null);

        Assert.All(hpa.HpaReplicas, r => Assert.Equal(6, r));
        Assert.StartsWith("FailedGetExternalMetric", hpa.Steps.Last().Reason);
    }
}
