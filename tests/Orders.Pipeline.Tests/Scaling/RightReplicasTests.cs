using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>The right count every report measures against: ceil(rate / threshold) as the HPA computes it on KEDA's
/// milli-units, within the HPA's min (at least 1) and the ScaledObject's max.</summary>
public sealed class RightReplicasTests
{
    [Theory]
    [InlineData(45, 10, 2, 6, 5)] // 4.5 -> 5
    [InlineData(50, 10, 2, 6, 5)] // exactly 5
    [InlineData(40.0004, 10, 2, 6, 4)] // 40.000 in milli-units: 4, where the plain double gives ceil(4.00004) = 5
    [InlineData(0, 10, 2, 6, 2)] // no load: the min
    [InlineData(0, 10, 0, 6, 1)] // min 0: the HPA's min is 1 (0 <-> 1 is KEDA's activation)
    [InlineData(1000, 10, 2, 6, 6)] // clamped to the max
    public void Is_ceil_of_rate_over_threshold_in_milli_units_within_the_HPA_s_bounds(double rate, double threshold, int min, int max, int expected)
    {
        var spec = new ScaledObjectSpec("so", "orders", new PrometheusTrigger("http://prometheus", "sum(rate(x[20s]))", threshold), min, max);

        Assert.Equal(expected, spec.ReplicasFor(rate));
    }
}
