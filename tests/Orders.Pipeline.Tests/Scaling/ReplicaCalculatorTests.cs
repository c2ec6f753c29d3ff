using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>keda-hpa.md: under AverageValue desired = ceil(value / threshold) whatever the current count,
/// unless |value / (threshold × current) - 1| &lt;= 0.1.</summary>
public sealed class ReplicaCalculatorTests
{
    [Theory]
    [InlineData(93.34, 10, 1, 10)] // kubectl shows 9334m/10 (avg) at 10 replicas: the value is divided
    [InlineData(93.34, 10, 3, 10)]
    [InlineData(50, 10, 2, 5)]
    [InlineData(0, 10, 4, 0)]
    [InlineData(11.5, 10, 1, 2)] // ratio 1.15: outside the tolerance
    public void AverageValue_divides_the_value_by_the_threshold_whatever_the_current_count(double value, double threshold, int current, int expected)
    {
        Assert.Equal(expected, HpaReplicaCalculator.DesiredReplicas(MetricTargetType.AverageValue, value, threshold, current));
    }

    [Theory]
    [InlineData(44, 4)]  // ratio 1.10: inside the tolerance, stays at 4
    [InlineData(36, 4)]  // ratio 0.90: inside
    [InlineData(44.1, 5)] // ratio 1.1025: outside, ceil(4.41) = 5
    [InlineData(35.9, 4)] // ratio 0.8975: outside, ceil(3.59) = 4
    [InlineData(35, 4)]  // ratio 0.875: outside, ceil(3.5) = 4
    [InlineData(29, 3)]
    public void A_ratio_within_ten_percent_keeps_the_current_count(double value, int expected)
    {
        Assert.Equal(expected, HpaReplicaCalculator.DesiredReplicas(MetricTargetType.AverageValue, value, 10, 4));
    }

    [Fact]
    public void Value_type_multiplies_the_ratio_by_the_current_count()
    {
        // HPA docs: desiredReplicas = ceil[currentReplicas × (currentMetricValue / desiredMetricValue)].
        Assert.Equal(8, HpaReplicaCalculator.DesiredReplicas(MetricTargetType.Value, 0.2, 0.1, 4));  // 200m vs 100m doubles
        Assert.Equal(2, HpaReplicaCalculator.DesiredReplicas(MetricTargetType.Value, 0.05, 0.1, 4)); // 50m halves
        Assert.Equal(4, HpaReplicaCalculator.DesiredReplicas(MetricTargetType.Value, 0.105, 0.1, 4)); // within 10%
    }

    [Fact]
    public void Values_travel_as_milli_units_as_KEDA_reports_them()
    {
        // 10.0004 is 10000m once KEDA truncates it: exactly the threshold, one replica.
        Assert.Equal(1, HpaReplicaCalculator.DesiredReplicas(MetricTargetType.AverageValue, 10.0004, 10, 3));
        Assert.Equal(2, HpaReplicaCalculator.DesiredReplicas(MetricTargetType.AverageValue, 10.001, 10, 3));
    }
}
