using Orders.Pipeline.Scaling;
using static Orders.Pipeline.Tests.Scaling.ModelSpecs;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>keda-hpa.md: KEDA only does 0 &lt;-&gt; 1 (active when value &gt; activationThreshold);
/// cooldownPeriod applies only to scaling to zero, so with minReplicaCount &gt;= 1 it changes nothing.</summary>
public sealed class KedaActivationTests
{
    [Fact]
    public void CooldownPeriod_changes_nothing_when_min_replicas_is_at_least_one()
    {
        static IReadOnlyList<int> Run(int cooldownSeconds)
        {
            var spec = Spec(min: 2, behavior: null) with { CooldownPeriod = TimeSpan.FromSeconds(cooldownSeconds) };
            return new HpaHarness(spec, initialReplicas: 2).Run(900, t => t < 120 ? 80 : 0, poll: true).HpaReplicas;
        }

        var tutorial = Run(30);   // the tutorial's cooldownPeriod: 30
        var keda = Run(300);      // KEDA's default

        Assert.Equal(keda, tutorial);
        Assert.Equal(8, tutorial.Max());
        Assert.Equal(2, tutorial[^1]);
        // Back to min only after the HPA's 300 s window, not after 30 s.
        Assert.True(tutorial.Count(r => r == 8) * 15 >= 300);
    }

    [Fact]
    public void With_min_zero_KEDA_activates_above_the_activation_threshold_and_the_HPA_takes_over()
    {
        var hpa = new HpaHarness(Spec(min: 0, activation: 5, behavior: Behavior()), initialReplicas: 0);

        // At or below the activation threshold: no pod
        hpa.Run(60, _ => 5, poll: true);
        Assert.Equal(0, hpa.Replicas);

        // Above it: KEDA scales 0 -> 1, then the HPA follows the metric (30 / 10 = 3)
        hpa.Run(30, _ => 30, poll: true);
        Assert.Contains(hpa.Steps, s => s.Reason == "ScaledFromZero");
        Assert.Equal(3, hpa.Replicas);
    }

    [Fact]
    public void With_min_zero_KEDA_scales_to_zero_only_after_the_cooldown()
    {
        var spec = Spec(min: 0, behavior: Behavior(down: new HpaScalingRules(TimeSpan.Zero))) with { CooldownPeriod = TimeSpan.FromSeconds(120) };
        var hpa = new HpaHarness(spec, initialReplicas: 0);

        hpa.Run(30, _ => 30, poll: true);   // active until t=15
        hpa.Run(300, _ => 0, poll: true);   // inactive from t=30

        var zeroAt = hpa.Steps.First(s => s.Reason == "ScaledToZeroAfterCooldown").At.Subtract(T0).TotalSeconds;
        Assert.Equal(150, zeroAt); // first poll more than 120 s after the last active one (t=15)
        Assert.Equal(0, hpa.Replicas);
    }

    [Fact]
    public void UseCachedMetrics_gives_the_HPA_the_last_polled_value()
    {
        var spec = Spec(min: 1, pollingSeconds: 60, behavior: Behavior()) with
        {
            Triggers = [Spec().FirstTrigger with { UseCachedMetrics = true }],
        };
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(T0);
        var model = new ScalingModel(spec, clock, initialReplicas: 1);

        model.PollKeda(Value(10));
        clock.Advance(TimeSpan.FromSeconds(15));
        var step = model.SyncHpa(Value(400));

        Assert.Equal(1, step.MetricDesired);
        Assert.Equal(1, model.Replicas);
    }
}
