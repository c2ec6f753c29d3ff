using Orders.Pipeline.Local;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>The model reads the project's own manifests (k8s/base and the tutorial overlay, rendered with
/// kubectl kustomize as the Local target renders them) and scales them as keda-hpa.md says it must.</summary>
public sealed class RealManifestsTests
{
    private static readonly string Root = Orders.TestSupport.RepositoryRoot.Path;

    private static async Task<ScaledObjectSpec> ReadAsync(string overlay)
    {
        var directory = Path.Combine(Root, "k8s", overlay);
        return ScaledObjectReader.Read(await KustomizeRenderer.RenderAsync(directory, CancellationToken.None), directory);
    }

    /// <summary>rate(product_order_total[1m]) for a load of <paramref name="rate"/>/s from 0 s to <paramref name="until"/> s.</summary>
    private static double RateWindow(double t, double rate, double until) =>
        rate * Math.Max(0, Math.Min(t, until) - Math.Max(t - 60, 0)) / 60;

    [Fact]
    public async Task Base_is_read_with_its_behavior_and_scales_a_50_per_second_minute_to_5_and_back()
    {
        var spec = await ReadAsync("base");

        Assert.Equal("sum(rate(product_order_total{job=\"orders-exporter\",namespace=\"orders\"}[1m]))", spec.Trigger.Query);
        Assert.Equal(10, spec.Trigger.Threshold);
        Assert.False(spec.Trigger.IgnoreNullValues);
        Assert.Equal((2, 6), (spec.MinReplicaCount, spec.MaxReplicaCount));
        Assert.Equal(TimeSpan.FromSeconds(120), spec.Behavior!.ScaleDown!.StabilizationWindow);

        // A 50 orders/s step for 120 s: the 1-minute rate reaches 50 at 60 s and drains by 180 s
        var hpa = new HpaHarness(spec, initialReplicas: 2).Run(600, t => RateWindow(t, 50, 120), poll: true);

        Assert.Equal(5, hpa.HpaReplicas.Max());
        Assert.Equal(60, hpa.FirstTimeAt(5));
        Assert.Equal(2, hpa.Replicas);
        // Down 5 -> 4 -> 3 -> 2 as the recommendations of t=120 (5), 135 (4) and 150 (3, rate 25) leave the
        // 120 s window; 50% per 30 s never binds on the way
        var down = hpa.Steps.Where(s => s.Loop == "hpa" && s.At > ModelSpecs.T0.AddSeconds(120)).ToList();
        Assert.Equal(240, (down.First(s => s.Replicas == 4).At - ModelSpecs.T0).TotalSeconds);
        Assert.Equal(270, (down.First(s => s.Replicas == 2).At - ModelSpecs.T0).TotalSeconds);
    }

    [Fact]
    public async Task The_tutorial_overlay_has_no_behavior_and_a_cooldown_that_does_nothing()
    {
        var spec = await ReadAsync("tutorial");

        Assert.Equal("sum(rate(product_order_total[5m])) * 300", spec.Trigger.Query);
        Assert.Equal(20, spec.Trigger.Threshold);
        Assert.Null(spec.Behavior);
        Assert.Equal(TimeSpan.FromSeconds(30), spec.Cooldown);
        Assert.Equal(2, spec.MinReplicaCount);
    }
}
