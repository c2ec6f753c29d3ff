using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>The right count every report measures against: the lowest count the HPA holds at a steady rate, on KEDA's
/// milli-units and with the tolerance, within the HPA's min (at least 1) and the ScaledObject's max. It used to be
/// ceil(rate / threshold), which at 41-44/s said 5 where the HPA rightly holds 4.</summary>
public sealed class RightReplicasTests
{
    [Theory]
    [InlineData(45, 10, 2, 6, 5)] // 4.5 -> 5
    [InlineData(50, 10, 2, 6, 5)] // exactly 5
    [InlineData(40.0004, 10, 2, 6, 4)] // 40.000 in milli-units: 4, where the plain double gives ceil(4.00004) = 5
    [InlineData(0, 10, 2, 6, 2)] // no load: the min
    [InlineData(0, 10, 0, 6, 1)] // min 0: the HPA's min is 1 (0 <-> 1 is KEDA's activation)
    [InlineData(1000, 10, 2, 6, 6)] // clamped to the max
    [InlineData(41, 10, 2, 6, 4)] // 1.025 at 4: held
    [InlineData(44, 10, 2, 6, 4)] // 1.1 at 4: held on 1.33+ (ceil gave 5)
    [InlineData(44.1, 10, 2, 6, 5)] // 1.1025 at 4 asks for 5; at 5, 0.882 is outside but ceil(4.41) is 5 again
    [InlineData(36, 10, 2, 6, 4)] // 0.9 at 4, and 1.2 at 3 asks for 4
    public void Is_the_lowest_count_the_HPA_holds_in_milli_units_within_the_HPA_s_bounds(double rate, double threshold, int min, int max, int expected)
    {
        var spec = new ScaledObjectSpec("so", "orders", new PrometheusTrigger("http://prometheus", "sum(rate(x[20s]))", threshold), min, max);

        Assert.Equal(expected, spec.ReplicasFor(rate));
    }

    [Fact]
    public void At_44_per_second_is_5_on_Kubernetes_1_32_where_4_is_not_held()
    {
        var spec = new ScaledObjectSpec("so", "orders", new PrometheusTrigger("http://prometheus", "sum(rate(x[20s]))", 10), 2, 6);

        Assert.Equal(5, spec.ReplicasFor(44, ModelVersions.Default with { Kubernetes = new Version(1, 32) }));
    }

    [Theory]
    [InlineData(44, new[] { 4, 5 })] // 4 within the tolerance; 5 reads 0.88 and asks for ceil(4.4) = 5 again
    [InlineData(45, new[] { 5 })]    // 4 reads 1.125: outside
    [InlineData(50, new[] { 5 })]    // 6 reads 0.833 and asks for 5
    [InlineData(0, new[] { 2 })]
    public void Names_every_count_the_HPA_holds_at_a_steady_rate(double rate, int[] held)
    {
        var spec = new ScaledObjectSpec("so", "orders", new PrometheusTrigger("http://prometheus", "sum(rate(x[20s]))", 10), 2, 6);

        Assert.Equal(held, Enumerable.Range(2, 5).Where(n => spec.Holds(rate, n)));
    }
}
