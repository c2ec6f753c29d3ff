using Orders.Pipeline.Scaling;
using static Orders.Pipeline.Tests.Scaling.ModelSpecs;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>The scaling-policy examples of the Kubernetes HPA documentation (horizontal-pod-autoscale,
/// "Scaling policies" and "Example: limit scale down rate" …), reproduced on the model.</summary>
public sealed class ScalingPolicyTests
{
    private static HpaScalingPolicy Pods(int value, int seconds) => new(ScalingPolicyType.Pods, value, TimeSpan.FromSeconds(seconds));

    private static HpaScalingPolicy Percent(int value, int seconds) => new(ScalingPolicyType.Percent, value, TimeSpan.FromSeconds(seconds));

    [Fact]
    public void Docs_example_80_replicas_down_to_10_removes_8_then_8_then_4_at_a_time_below_40()
    {
        // Given the docs' scaleDown policies (Pods 4 and Percent 10 per 60 s, Max) and no stabilization
        var down = new HpaScalingRules(TimeSpan.Zero, null, [Pods(4, 60), Percent(10, 60)]);
        var hpa = new HpaHarness(Spec(min: 1, behavior: Behavior(down: down)), initialReplicas: 80);

        // When the metric asks for 10 replicas, synced every 15 s for 20 minutes
        hpa.Run(1200, _ => 100);

        // Then one step per 60 s: -8 (10% of 80), -8 (10% of 72 is 7.2, "rounded up to 8"), … and -4 once below 40
        var distinct = hpa.HpaReplicas.Distinct().ToList();
        Assert.Equal([72, 64, 57, 51, 45, 40, 36, 32, 28, 24, 20, 16, 12, 10], distinct);
        Assert.Equal([72, 72, 72, 72, 64], hpa.HpaReplicas.Take(5));
        var steps = distinct.Zip(distinct.Skip(1), (a, b) => a - b).ToList();
        Assert.All(steps.Skip(6).SkipLast(1), step => Assert.Equal(4, step));
    }

    [Fact]
    public void Docs_example_select_policy_min_removes_at_most_5_pods_per_minute()
    {
        var down = new HpaScalingRules(TimeSpan.Zero, SelectPolicy.Min, [Percent(10, 60), Pods(5, 60)]);
        var hpa = new HpaHarness(Spec(min: 1, behavior: Behavior(down: down)), initialReplicas: 100);

        hpa.Run(240, _ => 10);

        // 10% of 100 would remove 10; Min picks the policy allowing the smaller change: 5.
        Assert.Equal([95, 90, 85, 80], hpa.HpaReplicas.Distinct());
    }

    [Fact]
    public void Docs_example_disabled_scale_down_never_removes_a_pod()
    {
        var down = new HpaScalingRules(null, SelectPolicy.Disabled);
        var hpa = new HpaHarness(Spec(min: 1, behavior: Behavior(down: down)), initialReplicas: 8);

        hpa.Run(900, _ => 10);

        Assert.All(hpa.HpaReplicas, r => Assert.Equal(8, r));
    }

    [Fact]
    public void Docs_example_scale_up_stabilization_takes_the_lowest_recommendation_of_the_window()
    {
        var up = new HpaScalingRules(TimeSpan.FromSeconds(60));
        var hpa = new HpaHarness(Spec(min: 1, behavior: Behavior(up: up)), initialReplicas: 2);

        // A 30 s spike asking for 10 replicas, then 2 again: no scale-up at all
        hpa.Run(300, t => t is >= 30 and < 60 ? 100 : 20);
        Assert.All(hpa.HpaReplicas, r => Assert.Equal(2, r));

        // A sustained demand is followed once every recommendation of the last 60 s asks for it
        var sustained = new HpaHarness(Spec(min: 1, behavior: Behavior(up: up)), initialReplicas: 2);
        sustained.Run(300, t => t >= 30 ? 100 : 20);
        Assert.Equal(75, sustained.FirstTimeAt(6)); // every recommendation in (15 s, 75 s] asks for 10; +4 per 15 s: 2 -> 6
        Assert.Equal(10, sustained.Replicas);
    }

    [Fact]
    public void A_custom_scale_down_window_replaces_the_300_second_default()
    {
        var down = new HpaScalingRules(TimeSpan.FromSeconds(60));
        var hpa = new HpaHarness(Spec(min: 1, behavior: Behavior(down: down)), initialReplicas: 5);

        hpa.Run(300, t => t < 30 ? 50 : 10);

        // Last recommendation of 5 at t=15; it leaves the 60 s window at t=75.
        Assert.Equal(75, hpa.FirstTimeAt(1));
    }
}
