using Orders.Pipeline.Scaling;
using static Orders.Pipeline.Tests.Scaling.ModelSpecs;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>
/// status.replicas against spec replicas: horizontal.go computeReplicasForMetrics reads both from the scale
/// subresource and passes <c>statusReplicas</c> to GetExternalPerPodMetricReplicas, which divides by it and returns
/// it when the ratio is within tolerance. A rollout's surge pods are in status.replicas, not in the spec.
/// </summary>
public sealed class RolloutSurgeTests
{
    [Fact]
    public void Within_tolerance_the_HPA_returns_status_replicas_not_the_spec()
    {
        // 45 over 5 x 10 is 0.9: inside, so the proposal is status.replicas (5) while the spec says 4.
        Assert.Equal(5, HpaReplicaCalculator.DesiredReplicas(MetricTargetType.AverageValue, 45, 10, 4, 5, HpaTolerance.Default, ModelVersions.Default));
        Assert.Equal(5, HpaReplicaCalculator.DesiredReplicas(MetricTargetType.AverageValue, 45, 10, 4, 4, HpaTolerance.Default, ModelVersions.Default));
        // 40 over 5 x 10 is 0.8: outside, so ceil(40 / 10) = 4 whatever the surge.
        Assert.Equal(4, HpaReplicaCalculator.DesiredReplicas(MetricTargetType.AverageValue, 40, 10, 4, 5, HpaTolerance.Default, ModelVersions.Default));
    }

    [Fact]
    public void A_rollout_surge_raises_a_count_held_inside_the_tolerance()
    {
        // 43/s holds 4 (1.075); during a rollout with one surge pod the ratio is 43/50 = 0.86, which asks for ceil(4.3) = 5.
        var spec = Spec(threshold: 10, min: 2, max: 6);
        var rollout = new RolloutSurge(T0.AddSeconds(120), TimeSpan.FromSeconds(60), 1);

        var steady = new HpaHarness(spec, 4).Run(300, _ => 43);
        var rolled = new HpaHarness(spec, 4, rollout: rollout).Run(300, _ => 43);

        Assert.All(steady.HpaReplicas, r => Assert.Equal(4, r));
        Assert.Equal(120, rolled.FirstTimeAt(5));
        Assert.Equal(5, rolled.Replicas); // and 5 holds after the rollout: 43/50 is outside, ceil is 5
    }
}
