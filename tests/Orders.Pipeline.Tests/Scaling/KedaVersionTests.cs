using Orders.Pipeline.Scaling;
using static Orders.Pipeline.Tests.Scaling.ModelSpecs;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>
/// Milli-units by KEDA version (kedacore/keda pkg/scalers/scaler.go): v2.19.0 <c>int64(value * 1000)</c>; v2.20.0
/// <c>quantityFromFloat64</c> (%.3f, NaN and Inf as 0); v2.20.2 also negatives as 0. The cases of
/// scaler_test.go TestGenerateMetricInMili / TestGetMetricTargetMili at v2.20.2 are ported with their values.
/// </summary>
public sealed class KedaVersionTests
{
    private static readonly ModelVersions Keda219 = ModelVersions.Default with { Keda = new Version(2, 19, 0) };
    private static readonly ModelVersions Keda2201 = ModelVersions.Default with { Keda = new Version(2, 20, 1) };
    private static readonly ModelVersions Keda2202 = ModelVersions.Default;

    [Theory]
    [InlineData(10.0009, 10000, 10001)] // 10000.8999…: truncated, or rounded up
    [InlineData(45.8336, 45833, 45834)]
    [InlineData(0.0005, 0, 1)]          // the double is just above 0.0005: times 1000 it rounds to 0.5 (truncated: 0); %.3f gives 0.001
    [InlineData(42.5, 42500, 42500)]
    public void Before_2_20_truncates_and_2_20_rounds(double value, long truncated, long rounded)
    {
        Assert.Equal(truncated, KedaQuantity.ToMilli(value, Keda219));
        Assert.Equal(rounded, KedaQuantity.ToMilli(value, Keda2202));
    }

    [Theory]
    [InlineData(-1)]     // upstream "negative value treated as zero"
    [InlineData(-9.3e15)] // upstream "large negative value treated as zero"
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Two_20_2_sends_negatives_NaN_and_Inf_as_zero(double value)
    {
        Assert.Equal(0, KedaQuantity.ToMilli(value, Keda2202));
    }

    [Theory]
    [InlineData(1e18)]   // upstream "large value exceeding int64 milli threshold"
    [InlineData(9.3e15)] // upstream "value just above int64 milli overflow threshold"
    [InlineData(100.5)]  // upstream "small value"
    public void Two_20_keeps_large_values_positive_where_2_19_overflowed(double value)
    {
        Assert.True(KedaQuantity.ToMilli(value, Keda2202) > 0);
        Assert.Equal(value >= 9.3e15 ? long.MinValue : 100500, KedaQuantity.ToMilli(value, Keda219));
    }

    [Fact]
    public void Negatives_pass_through_before_2_20_2()
    {
        Assert.Equal(-1500, KedaQuantity.ToMilli(-1.5, Keda2201));
        Assert.Equal(-1500, KedaQuantity.ToMilli(-1.5, Keda219));
        Assert.Equal(long.MinValue, KedaQuantity.ToMilli(double.NaN, Keda219)); // amd64's int64(NaN)
    }

    [Fact]
    public void Truncation_keeps_a_value_just_over_the_threshold_at_one_replica()
    {
        var spec = Spec(threshold: 10, min: 1, max: 10);

        Assert.Equal(1, spec.ReplicasFor(10.0009, 3, Keda219));  // 10000m: exactly the threshold
        Assert.Equal(2, spec.ReplicasFor(10.0009, 3, Keda2202)); // 10001m: just above
    }

    [Fact]
    public void A_negative_value_asks_for_max_on_1_34_unless_KEDA_2_20_2_sends_it_as_zero()
    {
        // kubernetes#127050 (1.34): a negative sum reads as an int64 overflow, usage = MaxInt64.
        var spec = Spec(threshold: 10, min: 2, max: 6);
        var k134 = new Version(1, 34);

        Assert.Equal(6, new HpaHarness(spec, 2, Keda2201 with { Kubernetes = k134 }).Run(60, _ => -5).Replicas);
        Assert.Equal(2, new HpaHarness(spec, 2, Keda2202 with { Kubernetes = k134 }).Run(60, _ => -5).Replicas);
        Assert.Equal(2, new HpaHarness(spec, 2, Keda2201).Run(60, _ => -5).Replicas); // 1.33: ceil(negative) -> min
    }

    [Fact]
    public void A_NaN_from_KEDA_2_19_asks_for_max_on_1_34_and_for_min_before()
    {
        // MinInt64 milli-units: negative, so 1.34 reads it as an overflow (MaxInt64); 1.33 computes ceil of a
        // huge negative, which amd64's int32 conversion makes MinInt32, and min clamps it.
        var spec = Spec(threshold: 10, min: 2, max: 6);

        Assert.Equal(6, new HpaHarness(spec, 2, Keda219 with { Kubernetes = new Version(1, 34) }).Run(60, _ => double.NaN).Replicas);
        Assert.Equal(2, new HpaHarness(spec, 4, Keda219 with { Kubernetes = new Version(1, 33) }).Run(400, _ => double.NaN).Replicas);
    }
}
