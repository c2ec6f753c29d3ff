using Orders.Pipeline.Scaling;
using static Orders.Pipeline.Tests.Scaling.ModelSpecs;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>KEDA's own cases for fallback (kedacore/keda v2.20.2 pkg/fallback/fallback_test.go): threshold 3,
/// replicas 10, target averageValue 10, driven through <see cref="FallbackHealth"/>.</summary>
public sealed class KedaFallbackTests
{
    private static ScaledObjectSpec WithFallback(FallbackBehavior behavior = FallbackBehavior.Static, MetricTargetType type = MetricTargetType.AverageValue) =>
        Spec(type: type) with { Fallback = new KedaFallback(3, 10, behavior) };

    /// <summary>The first trigger's health, for a ScaledObject with one trigger (as ScalingModel builds it).</summary>
    private static FallbackHealth HealthOf(ScaledObjectSpec spec) => new(FallbackHealth.For(spec), spec.Metrics[0]);

    private static MetricReading Failed => MetricReading.Failed(T0, "some error");

    private static FallbackHealth FailedTimes(ScaledObjectSpec spec, int times)
    {
        var health = HealthOf(spec);
        for (var i = 0; i < times; i++)
        {
            health.Read(Failed, 5);
        }
        return health;
    }

    [Fact] // "should propagate the error when fallback is disabled"
    public void Without_fallback_the_error_goes_on_and_nothing_is_counted()
    {
        var health = HealthOf(Spec());

        var reading = health.Read(Failed, 5);

        Assert.Equal("some error", reading.Error);
        Assert.Equal(0, health.Failures);
    }

    [Fact] // "should bump the number of failures when metrics call fails"
    public void A_failed_read_counts_one_and_still_returns_the_error()
    {
        var health = HealthOf(WithFallback());

        var reading = health.Read(Failed, 5);

        Assert.Equal("some error", reading.Error);
        Assert.Equal(1, health.Failures);
        Assert.False(health.InForce);
    }

    [Fact] // "should return a normalised metric when number of failures are beyond threshold"
    public void The_read_after_the_threshold_returns_replicas_times_target()
    {
        var health = FailedTimes(WithFallback(), 3);
        Assert.False(health.InForce); // 3 failures are not more than 3

        var reading = health.Read(Failed, 5);

        Assert.Null(reading.Error);
        Assert.Equal(100, reading.Value);
        Assert.Equal(4, health.Failures);
        Assert.True(health.InForce);
    }

    [Fact] // "should reset the health status when scaler metrics are available when fallback is enabled"
    public void One_successful_read_resets_the_count_and_ends_the_fallback()
    {
        var health = FailedTimes(WithFallback(), 6);

        var reading = health.Read(Value(42), 5);

        Assert.Equal(42, reading.Value);
        Assert.Equal(0, health.Failures);
        Assert.False(health.InForce);
        Assert.Equal("some error", health.Read(Failed, 5).Error); // counting starts again from 1
    }

    [Theory] // the three behavior cases: current 4 / 6 / 15 against replicas 10
    [InlineData(FallbackBehavior.CurrentReplicasIfHigher, 4, 100)]
    [InlineData(FallbackBehavior.CurrentReplicasIfHigher, 15, 150)]
    [InlineData(FallbackBehavior.CurrentReplicas, 6, 60)]
    [InlineData(FallbackBehavior.Static, 15, 100)]
    [InlineData(FallbackBehavior.CurrentReplicasIfLower, 4, 40)]
    [InlineData(FallbackBehavior.CurrentReplicasIfLower, 15, 100)]
    public void The_behavior_picks_the_replicas_the_value_stands_for(FallbackBehavior behavior, int current, double expected)
    {
        var health = HealthOf(WithFallback(behavior));
        MetricReading reading = Failed;
        for (var i = 0; i < 4; i++)
        {
            reading = health.Read(Failed, current);
        }

        Assert.Equal(expected, reading.Value);
    }

    [Fact] // doFallback: metricType Value divides the replicas by the ready pods; none ready fails the read
    public void Value_metrics_divide_by_the_ready_pods_and_fail_with_none()
    {
        var fallback = new KedaFallback(3, 10);
        var trigger = Spec(type: MetricTargetType.Value).Metrics[0];

        Assert.Equal(33.333, fallback.MetricValue(trigger, 3, 3)); // 10 x 10 / 3, milli-units truncated
        Assert.Null(fallback.MetricValue(trigger, 0, 0));
    }
}
