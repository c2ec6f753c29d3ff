using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Local;
using Orders.Pipeline.Manifests;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>The model reads the project's own manifests (k8s/base and the tutorial overlay, rendered with
/// kubectl kustomize as the Local target renders them) and scales them as keda-hpa.md says it must.</summary>
[Trait("Category", "Process")]
public sealed class RealManifestsTests
{
    private static readonly string Root = Orders.TestSupport.RepositoryRoot.Path;

    private static async Task<ScaledObjectSpec> ReadAsync(string overlay)
    {
        var directory = Path.Combine(Root, "k8s", overlay);
        return ScaledObjectReader.Read(await ManifestRenderer.RenderAsync(new ProcessRunner(TextWriter.Null), directory, CancellationToken.None), directory);
    }

    /// <summary>rate(product_order_total[20s]) for a load of <paramref name="rate"/>/s from 0 s to <paramref name="until"/> s.</summary>
    private static double RateWindow(double t, double rate, double until) =>
        rate * Math.Max(0, Math.Min(t, until) - Math.Max(t - 20, 0)) / 20;

    [ToolFact("kubectl")]
    public async Task Base_is_read_with_its_behavior_and_scales_a_50_per_second_step_to_5_and_back()
    {
        var spec = await ReadAsync("base");

        Assert.Equal("sum(rate(product_order_total{job=\"orders-exporter\",namespace=\"orders\"}[20s]))", spec.FirstTrigger.Query);
        Assert.Equal(10, spec.FirstTrigger.Threshold);
        Assert.False(spec.FirstTrigger.IgnoreNullValues);
        Assert.Equal((2, 6), (spec.MinReplicaCount, spec.MaxReplicaCount));
        Assert.Equal(TimeSpan.FromSeconds(120), spec.Behavior!.ScaleDown!.StabilizationWindow);

        // A 50 orders/s step for 120 s: the 20 s rate reads 37.5 at 15 s (ceil 3.75 = 4 from 2) and 50 at 30 s
        // (5), and drains by 140 s
        var hpa = new HpaHarness(spec, initialReplicas: 2).Run(600, t => RateWindow(t, 50, 120), poll: true);

        Assert.Equal(5, hpa.HpaReplicas.Max());
        Assert.Equal(15, hpa.FirstTimeAt(4));
        Assert.Equal(30, hpa.FirstTimeAt(5));
        Assert.Equal(2, hpa.Replicas);
        // Every recommendation after t=120 is min 2 (rate 12.5 at 135 s, 0 from 140 s); the 5 of t=120 leaves the
        // 120 s window at 240 s, and 50% per 30 s allows down to int32(5 x 0.5) = 2 (calculateScaleDownLimitWithBehaviors
        // truncates): 5 -> 2 in one step at 240 s.
        var down = hpa.Steps.Where(s => s.Loop == "hpa" && s.At > ModelSpecs.T0.AddSeconds(120)).ToList();
        var first = down.First(s => s.Replicas < 5);
        Assert.Equal((240, 2), ((first.At - ModelSpecs.T0).TotalSeconds, first.Replicas));
    }

    [ToolFact("kubectl")]
    public async Task The_tutorial_overlay_has_no_behavior_and_a_cooldown_that_does_nothing()
    {
        var spec = await ReadAsync("tutorial");

        Assert.Equal("sum(rate(product_order_total[5m])) * 300", spec.FirstTrigger.Query);
        Assert.Equal(20, spec.FirstTrigger.Threshold);
        Assert.Null(spec.Behavior);
        Assert.Equal(TimeSpan.FromSeconds(30), spec.Cooldown);
        Assert.Equal(2, spec.MinReplicaCount);
    }
}
