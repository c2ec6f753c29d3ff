using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>
/// The external-metric table cases of kubernetes/kubernetes pkg/controller/podautoscaler/replica_calculator_test.go
/// (commit 5f3bc7c and later), named after their upstream test. Upstream's levels and targets are milli-units;
/// here they are the values KEDA would report (8600 -> 8.6). externalPerPodMetric is KEDA's AverageValue,
/// externalMetric is Value. The cases about unready pods do not apply: the model's pods are all ready.
/// Tolerances are upstream's Tolerances{scaleDown, scaleUp}.
/// </summary>
public sealed class UpstreamReplicaCalculatorTests
{
    [Theory]
    [InlineData("TestReplicaCalcScaleUpPerPodCMExternal", 8.6, 2.15, 3, 4)]
    [InlineData("TestReplicaCalcScaleDownPerPodCMExternal", 8.6, 2.867, 5, 3)]
    [InlineData("TestReplicaCalcTolerancePerPodCMExternal", 8.6, 2.9, 3, 3)]
    public void External_AverageValue_cases(string upstream, double level, double perPodTarget, int current, int expected)
    {
        Assert.True(expected == HpaReplicaCalculator.DesiredReplicas(MetricTargetType.AverageValue, level, perPodTarget, current), upstream);
    }

    [Theory]
    [InlineData("TestReplicaCalcScaleDownCMExternal", 8.6, 14.334, 5, 3)]
    [InlineData("TestReplicaCalcToleranceCMExternal", 8.6, 8.888, 3, 3)]
    public void External_Value_cases(string upstream, double level, double target, int current, int expected)
    {
        Assert.True(expected == HpaReplicaCalculator.DesiredReplicas(MetricTargetType.Value, level, target, current), upstream);
    }

    [Theory]
    [InlineData("TestReplicaCalcConfigurableToleranceCMExternal", MetricTargetType.Value, 8.9, 8.8, 4)]
    [InlineData("TestReplicaCalcConfigurableTolerancePerPodCMExternal", MetricTargetType.AverageValue, 8.6, 2.8, 4)]
    public void External_cases_with_a_1_percent_scale_up_tolerance(string upstream, MetricTargetType type, double level, double target, int expected)
    {
        // Tolerances{defaultTestingTolerance (0.1), .01}: scale-down 10%, scale-up 1%; current 3 in both.
        Assert.True(expected == HpaReplicaCalculator.DesiredReplicas(type, level, target, 3, scaleUpTolerance: 0.01, scaleDownTolerance: 0.1), upstream);
    }
}
