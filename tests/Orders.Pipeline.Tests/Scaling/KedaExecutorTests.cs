using Microsoft.Extensions.Time.Testing;
using Orders.Pipeline.Scaling;
using static Orders.Pipeline.Tests.Scaling.ModelSpecs;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>
/// KEDA's polling loop with several triggers (pkg/scaling/scale_handler.go <c>getScaledObjectState</c>: active when
/// any trigger is, in error when any failed) and its executor (pkg/scaling/executor/scale_scaledobjects.go
/// <c>RequestScale</c>), poll by poll every 15 s; the cases follow the switch's branches in
/// scale_scaledobjects_test.go's order (scale from zero, partial error, inactive with error and fallback, idle).
/// </summary>
public sealed class KedaExecutorTests
{
    private readonly FakeTimeProvider _clock = new(T0);

    private List<ModelStep> Polls(ScaledObjectSpec spec, int initial, params (MetricReading A, MetricReading B)[] polls)
    {
        var model = new ScalingModel(spec, _clock, initialReplicas: initial);
        var steps = new List<ModelStep>();
        foreach (var (a, b) in polls)
        {
            steps.Add(model.PollKeda([a, b]));
            _clock.Advance(TimeSpan.FromSeconds(15));
        }
        return steps;
    }

    [Fact]
    public void Any_active_trigger_activates_and_scales_from_zero_to_one()
    {
        var spec = Two(min: 0, activationA: 5, activationB: 1);

        var steps = Polls(spec, 0, (Value(5), Value(1)), (Value(0), Value(1.5)));

        Assert.Equal((false, 0), (steps[0].Active, steps[0].Replicas)); // both at (not above) their thresholds
        Assert.Equal((true, 1, "ScaledFromZero"), (steps[1].Active, steps[1].Replicas, steps[1].Reason));
    }

    [Fact]
    public void Scales_to_zero_once_the_cooldown_since_the_last_active_poll_has_passed()
    {
        var spec = Two(min: 0, activationA: 1, activationB: 1, cooldownSeconds: 30);

        // Active at 0 s; inactive from 15 s: lastActive + 30 < now first at 45 s (strictly after, Before()).
        var steps = Polls(spec, 3, (Value(5), Value(0)), (Value(0), Value(0)), (Value(0), Value(0)), (Value(0), Value(0)));

        Assert.Equal([3, 3, 3, 0], steps.Select(s => s.Replicas));
        Assert.Equal("ScalerCooldown", steps[2].Reason);
        Assert.Equal("ScaledToZeroAfterCooldown", steps[3].Reason);
    }

    [Fact]
    public void An_active_trigger_beside_a_failing_one_does_not_refresh_the_last_active_time()
    {
        var spec = Two(min: 0, activationA: 1, activationB: 1, cooldownSeconds: 30);

        // Active and healthy at 0 s; a active but b failing at 15 and 30 s (PartialTriggerError, lastActiveTime kept
        // at 0 s); both healthy and inactive at 45 s: 0 + 30 < 45, straight to zero.
        var steps = Polls(spec, 2, (Value(5), Value(5)), (Value(5), Down()), (Value(5), Down()), (Value(0), Value(0)));

        Assert.Contains("PartialTriggerError", steps[1].Reason, StringComparison.Ordinal);
        Assert.Equal(0, steps[3].Replicas);
    }

    [Fact]
    public void Without_a_fallback_a_failing_trigger_never_scales_to_zero()
    {
        var steps = Polls(Two(min: 0, cooldownSeconds: 15), 2, (Down(), Value(0)), (Down(), Value(0)), (Down(), Value(0)));

        Assert.All(steps, s => Assert.Equal(2, s.Replicas));
        Assert.Contains("TriggerError", steps[^1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fallback_with_replicas_waits_for_it_instead_of_scaling_to_zero()
    {
        var steps = Polls(Two(min: 0, cooldownSeconds: 15, fallback: new KedaFallback(3, 6)), 2,
            (Down(), Value(0)), (Down(), Value(0)), (Down(), Value(0)), (Down(), Value(0)));

        Assert.Equal([2, 2, 2, 2], steps.Select(s => s.Replicas));
        Assert.True(steps[3].Active); // the 4th failure is past 3: on fallback, which counts as active
    }

    [Fact]
    public void A_fallback_with_zero_replicas_lets_a_read_error_scale_to_zero_then_activates_again()
    {
        // scale_scaledobjects.go L86-92 guards only fallback.replicas != 0: with 0 the error falls through to
        // scaleToZeroOrIdle. Past failureThreshold the fallback makes the trigger active again: 0 -> 1.
        var steps = Polls(Two(min: 0, cooldownSeconds: 30, fallback: new KedaFallback(3, 0)), 1,
            (Value(5), Value(0)), (Down(), Value(0)), (Down(), Value(0)), (Down(), Value(0)), (Down(), Value(0)));

        Assert.Equal([1, 1, 1, 0, 1], steps.Select(s => s.Replicas));
        Assert.Equal("ScaledToZeroAfterCooldown", steps[3].Reason);
        Assert.Equal("ScaledFromZero", steps[4].Reason);
    }

    [Fact]
    public void Idle_mode_goes_to_the_idle_count_and_back_to_min_when_active()
    {
        var spec = Two(min: 2, activationA: 1, activationB: 1, cooldownSeconds: 15) with { IdleReplicaCount = 0 };

        var steps = Polls(spec, 3, (Value(5), Value(0)), (Value(0), Value(0)), (Value(0), Value(0)), (Value(0), Value(5)));

        Assert.Equal([3, 3, 0, 2], steps.Select(s => s.Replicas));
        Assert.Equal("ScaledToIdleAfterCooldown", steps[2].Reason);
    }
}
