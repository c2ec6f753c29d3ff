using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;
using static Orders.Pipeline.Tests.Scaling.ModelSpecs;

namespace Orders.Pipeline.Tests.Report;

/// <summary>
/// Issue 22: the reports' right count ignored the tolerance, so a run the HPA handled correctly (held at 4 by
/// 44/s once 40/s had brought it there) read "never reached 5". The right count is now what the HPA holds.
/// </summary>
public sealed class HeldRightCountTests
{
    [Fact]
    public void A_run_held_at_4_by_44_per_second_reaches_the_right_count_on_1_33()
    {
        // Given threshold 10, min 2: 40/s from 30 s, then 44/s from 90 s to 300 s
        var spec = Spec(threshold: 10, min: 2, max: 6);
        var readings = Enumerable.Range(0, 400).Select(s => Value(s switch { < 30 => 0, < 90 => 40, < 300 => 44, _ => 0 }, T0.AddSeconds(s))).ToList();
        var run = ScaledObjectRun.Replay("ours", "k8s/base", spec, readings, T0);

        // When the figures are taken against the right count for 44/s
        var right = run.RightReplicasFor(44);
        var ranges = ScalingRanges.Of(run, T0.AddSeconds(30), TimeSpan.FromSeconds(270), right);

        // Then every timing peaks at 4 and reaches the right count, 4
        Assert.Equal(4, right);
        Assert.Equal(4, ranges.PeakReplicas.Max);
        Assert.NotNull(ranges.SecondsToRight.Max);
    }

    [Fact]
    public void The_same_run_modelled_on_1_32_goes_to_5_and_5_is_right()
    {
        var versions = ModelVersions.Default with { Kubernetes = new Version(1, 32) };
        var spec = Spec(threshold: 10, min: 2, max: 6);
        var readings = Enumerable.Range(0, 400).Select(s => Value(s switch { < 30 => 0, < 90 => 40, < 300 => 44, _ => 0 }, T0.AddSeconds(s))).ToList();
        var run = ScaledObjectRun.Replay("ours", "k8s/base", spec, readings, T0, versions: versions);

        var ranges = ScalingRanges.Of(run, T0.AddSeconds(30), TimeSpan.FromSeconds(270), run.RightReplicasFor(44));

        Assert.Equal(5, run.RightReplicasFor(44));
        Assert.Equal((5, 5), (ranges.PeakReplicas.Min, ranges.PeakReplicas.Max));
        Assert.NotNull(ranges.SecondsToRight.Max);
    }
}
