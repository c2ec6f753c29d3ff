using Orders.Pipeline.Scaling;
using static Orders.Pipeline.Tests.Scaling.ModelSpecs;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>
/// The tolerance's form by Kubernetes version. kubernetes pkg/controller/podautoscaler/replica_calculator.go,
/// GetExternalPerPodMetricReplicas: release-1.32 scales when <c>math.Abs(1.0-usageRatio) &gt; c.tolerance</c>;
/// 1.33 (kubernetes/kubernetes#130797) keeps the count while <c>tolerances.isWithin(usageRatio)</c>, i.e.
/// <c>(1.0-scaleDown) &lt;= usageRatio &amp;&amp; usageRatio &lt;= (1.0+scaleUp)</c>. Threshold 10 per pod is k8s/base's.
/// </summary>
public sealed class ToleranceByVersionTests
{
    private static readonly ModelVersions K132 = ModelVersions.Default with { Kubernetes = new Version(1, 32) };
    private static readonly ModelVersions K133 = ModelVersions.Default with { Kubernetes = new Version(1, 33) };
    private static readonly ModelVersions K135 = ModelVersions.Default with { Kubernetes = new Version(1, 35) };

    private static int Desired(double value, double threshold, int current, ModelVersions versions, HpaBehavior? behavior = null) =>
        HpaReplicaCalculator.DesiredReplicas(MetricTargetType.AverageValue, value, threshold, current, current,
            HpaTolerance.For(versions, behavior?.WithDefaults()), versions);

    [Fact]
    public void Forty_four_per_second_at_4_pods_scales_to_5_under_1_32_and_holds_4_under_1_33()
    {
        // 44000m / (10000m x 4) is the double 1.1000000000000000888: |1 - ratio| = 0.10000000000000009 > 0.1,
        // while 1.0 + 0.1 rounds to that same double, so ratio <= 1.0 + 0.1 holds.
        Assert.Equal(5, Desired(44, 10, 4, K132));
        Assert.Equal(4, Desired(44, 10, 4, K133));
        Assert.Equal(5, Spec(threshold: 10, min: 2, max: 6).ReplicasFor(44, 4, K132));
        Assert.Equal(4, Spec(threshold: 10, min: 2, max: 6).ReplicasFor(44, 4, K133));
    }

    [Theory]
    [InlineData(36, 10, 4, 4)]   // 0.9: |1 - 0.9| is 0.09999999999999998, inside in both forms
    [InlineData(43.9, 10, 4, 4)] // 1.0975: inside in both
    [InlineData(44.1, 10, 4, 5)] // 1.1025: outside in both
    [InlineData(35.9, 10, 4, 4)] // 0.8975: outside in both, ceil(3.59) = 4
    [InlineData(8.6, 2.9, 3, 3)] // upstream TestReplicaCalcTolerancePerPodCMExternal: 8600m over 3 x 2900m
    [InlineData(8.6, 2.15, 3, 4)] // upstream TestReplicaCalcScaleUpPerPodCMExternal
    [InlineData(8.6, 2.867, 5, 3)] // upstream TestReplicaCalcScaleDownPerPodCMExternal
    public void Both_forms_agree_away_from_the_binary_boundary(double value, double threshold, int current, int expected)
    {
        Assert.Equal(expected, Desired(value, threshold, current, K132));
        Assert.Equal(expected, Desired(value, threshold, current, K133));
    }

    [Fact]
    public void A_behavior_tolerance_counts_only_where_HPAConfigurableTolerance_is_on_by_default()
    {
        // upstream TestReplicaCalcConfigurableTolerancePerPodCMExternal: 8600m over 3 x 2800m (1.024) with a 1 %
        // scale-up tolerance gives 4; the gate is alpha (off) in 1.33-1.34, so the field is dropped and 10 % holds 3.
        var behavior = Behavior(up: new HpaScalingRules(Tolerance: 0.01));

        Assert.Equal(3, Desired(8.6, 2.8, 3, K132, behavior));
        Assert.Equal(3, Desired(8.6, 2.8, 3, K133, behavior));
        Assert.Equal(4, Desired(8.6, 2.8, 3, K135, behavior));
    }

    [Fact]
    public void The_model_run_at_44_per_second_holds_4_on_1_33_and_goes_to_5_on_1_32()
    {
        // 40/s brings 2 pods to 4; then the reading settles at 44.
        var spec = Spec(threshold: 10, min: 2, max: 6);
        double? Rate(double t) => t < 60 ? 40 : 44;

        Assert.Equal(4, new HpaHarness(spec, 2, K133).Run(300, Rate).Replicas);
        Assert.Equal(5, new HpaHarness(spec, 2, K132).Run(300, Rate).Replicas);
    }

    [Fact]
    public void Versions_are_described_for_the_reports()
    {
        Assert.Equal("Kubernetes 1.32 (tolerance |1 - ratio| <= 0.1), KEDA 2.20.2 (milli-units rounded, negatives sent as 0)", K132.Describe());
        Assert.Equal("Kubernetes 1.33 (tolerance 1-down <= ratio <= 1+up), KEDA 2.19.0 (milli-units truncated, negatives passed on)",
            (K133 with { Keda = new Version(2, 19, 0) }).Describe());
    }
}
