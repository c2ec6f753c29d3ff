using Microsoft.Extensions.Time.Testing;
using Orders.Pipeline.Scaling;
using Orders.Pipeline.Scaling.Formula;
using static Orders.Pipeline.Tests.Scaling.ModelSpecs;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>
/// scalingModifiers in the model: one composite metric aimed at the modifiers' target (controllers/keda/hpa.go),
/// its value the formula over the triggers' values truncated to milli-units (pkg/scaling/modifiers/formula.go),
/// activation on the composite alone and never while a trigger fails (scale_handler.go getScaledObjectState), the
/// fallback value computed against the composite's target (HandleScalingModifiers). Docs example 1: the mean of two
/// triggers, target 2, activationTarget 2.
/// </summary>
public sealed class ScalingModifiersModelTests
{
    private readonly FakeTimeProvider _clock = new(T0);

    private static ScaledObjectSpec Mean(KedaFallback? fallback = null, double target = 2) => Two(min: 0, max: 10, behavior: Prompt, fallback: fallback) with
    {
        Modifiers = new ScalingModifiers(FormulaParser.Parse("(a + b) / 2", ["a", "b"], "f"), target, ActivationTarget: 2),
    };

    [Fact]
    public void The_HPA_aims_the_composite_at_the_modifiers_target_not_the_triggers_thresholds()
    {
        var spec = Mean();
        var model = new ScalingModel(spec, _clock, initialReplicas: 1);

        var step = model.SyncHpa([Value(3), Value(9)]); // mean 6, target 2 per replica: 3

        Assert.Equal([new HpaMetric("composite-metric", MetricTargetType.AverageValue, 2)], spec.Metrics);
        Assert.Equal((6, 3), (step.Reading.Value, step.Replicas));
    }

    [Fact]
    public void Activation_follows_the_composite_and_ignores_the_triggers_thresholds()
    {
        var spec = Mean() with { Triggers = [.. Two().Triggers.Select(t => t with { ActivationThreshold = 100 })] };
        var model = new ScalingModel(spec, _clock, initialReplicas: 0);

        var below = model.PollKeda([Value(1), Value(3)]); // mean 2: not above 2
        var above = model.PollKeda([Value(1), Value(3.1)]);

        Assert.Equal((false, 0), (below.Active, below.Replicas));
        Assert.Equal((true, 1), (above.Active, above.Replicas));
    }

    [Fact]
    public void A_failing_trigger_makes_the_object_inactive_and_the_composite_an_error()
    {
        var model = new ScalingModel(Mean(), _clock, initialReplicas: 2);

        var poll = model.PollKeda([Value(50), Down()]);
        var sync = model.SyncHpa([Value(50), Down()]);

        Assert.False(poll.Active);
        Assert.Contains("metric:composite-metric encountered error", sync.Reason, StringComparison.Ordinal);
        Assert.Equal(2, sync.Replicas);
    }

    [Fact]
    public void The_composite_is_truncated_to_milli_units()
    {
        var spec = Two() with { Modifiers = new ScalingModifiers(FormulaParser.Parse("a / 3", ["a", "b"], "f"), 1) };
        var model = new ScalingModel(spec, _clock, initialReplicas: 1);

        Assert.Equal(0.666, model.SyncHpa([Value(2), Value(0)]).Reading.Value); // 0.6666… -> 666m, not 667m
    }

    [Fact]
    public void On_fallback_the_composite_is_the_fallback_replicas_times_its_target()
    {
        var model = new ScalingModel(Mean(new KedaFallback(0, 5)), _clock, initialReplicas: 2);

        var step = model.SyncHpa([Value(1), Down()]); // failureThreshold 0: the first failure falls back

        Assert.Equal((10, 5), (step.Reading.Value, step.Replicas)); // 5 x target 2, then ceil(10 / 2)
    }

    [Fact]
    public void A_target_that_is_not_a_whole_number_disables_the_fallback_as_KEDA_does()
    {
        // fallback.go HasValidFallback: strconv.ParseInt(target) must succeed and be > 0.
        var model = new ScalingModel(Mean(new KedaFallback(0, 5), target: 2.5), _clock, initialReplicas: 2);

        var step = model.SyncHpa([Value(1), Down()]);

        Assert.False(step.Fallback);
        Assert.Equal(2, step.Replicas);
    }

    [Fact]
    public void A_negative_composite_is_sent_as_it_is_not_clamped_like_a_trigger_value()
    {
        // formula.go SetMilli(int64(out * 1000)) has no clamp, unlike 2.20.2's quantityFromFloat64 for a trigger: the
        // HPA (1.34+) reads the negative AverageValue sum as an int64 overflow and asks for maxReplicas.
        var spec = Two(min: 1, max: 10, behavior: Prompt) with { Modifiers = new ScalingModifiers(FormulaParser.Parse("a - b", ["a", "b"], "f"), 1) };
        var model = new ScalingModel(spec, _clock, initialReplicas: 2, versions: ModelVersions.Default with { Kubernetes = new Version(1, 34) });

        var step = model.SyncHpa([Value(1), Value(3)]);

        Assert.Equal(-2, step.Reading.Value);
        Assert.Equal(int.MaxValue, step.MetricDesired);
    }
}
