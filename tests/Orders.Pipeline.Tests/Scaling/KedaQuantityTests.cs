using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>Values reach the HPA as KEDA 2.20 sends them (negatives, which 2.20.2 sends as 0: KedaVersionTests): kedacore/keda pkg/scalers/scaler.go quantityFromFloat64
/// formats with Go's %.3f (the exact binary value rounded to the nearest thousandth, a tie to even) and turns NaN
/// and ±Inf into "0"; the HPA reads MilliValue().</summary>
public sealed class KedaQuantityTests
{
    [Theory]
    [InlineData(10.0009, 10001)] // 10.00089999…: rounds up; int64(v * 1000) would truncate to 10000
    [InlineData(2.0005, 2001)]   // 2.000500000000000167: just above the tie
    [InlineData(1.0625, 1062)]   // an exact tie: to even, as Go's %.3f
    [InlineData(1.1875, 1188)]   // an exact tie: to even
    [InlineData(45.8333333, 45833)]
    [InlineData(0, 0)]
    public void Rounds_to_milli_units_as_go_formats_percent_3f(double value, long milli)
    {
        Assert.Equal(milli, KedaQuantity.ToMilli(value));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void NaN_and_infinities_become_zero(double value)
    {
        Assert.Equal(0, KedaQuantity.ToMilli(value));
    }

    [Fact]
    public void A_value_rounded_up_past_the_threshold_asks_for_one_more_replica()
    {
        // 10.0009 is 10001m: just above the 10000m target, so ceil gives 2 (truncating to 10000m gave 1).
        Assert.Equal(2, HpaReplicaCalculator.DesiredReplicas(MetricTargetType.AverageValue, 10.0009, 10, 3));
    }

    [Fact]
    public void A_negative_value_scales_as_zero_does_once_min_clamps_it()
    {
        var spec = ModelSpecs.Spec(min: 2);
        var negative = new HpaHarness(spec, initialReplicas: 5).Run(600, _ => -5);
        var zero = new HpaHarness(spec, initialReplicas: 5).Run(600, _ => 0);

        Assert.Equal(zero.HpaReplicas, negative.HpaReplicas);
        Assert.Equal(2, negative.Replicas);
    }
}
