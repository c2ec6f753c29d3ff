using Orders.Pipeline.Scaling;
using static Orders.Pipeline.Tests.Scaling.ModelSpecs;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>The HPA's view of a Prometheus outage of 60 s during a hold, with k8s/base's ScaledObject
/// (fallback threshold 3, replicas 6, currentReplicasIfHigher; poll every 15 s, HPA sync every 15 s).</summary>
public sealed class FallbackOutageTests
{
    private static ScaledObjectSpec Manifest() =>
        ScaledObjectReader.Read(File.ReadAllText(Path.Combine(Orders.TestSupport.RepositoryRoot.Path, "k8s", "base", "scaledobject.yaml")), "k8s/base/scaledobject.yaml");

    /// <summary>Holds at <paramref name="rate"/> for 120 s, Prometheus down from 120 s to 180 s, back until 600 s.</summary>
    private static HpaHarness Outage(ScaledObjectSpec spec, double rate) =>
        new HpaHarness(spec, initialReplicas: spec.MinReplicaCount).Run(600, t => t is >= 120 and < 180 ? null : rate, poll: true);

    [Fact]
    public void The_manifest_declares_the_fallback_the_model_applies()
    {
        Assert.Equal(new KedaFallback(3, 6, FallbackBehavior.CurrentReplicasIfHigher), Manifest().Fallback);
    }

    [Fact]
    public void A_60_s_outage_at_a_low_hold_scales_to_the_fallback_6_and_recovers()
    {
        var hpa = Outage(Manifest(), 25); // 25/s holds 3 pods

        Assert.Equal(3, hpa.HpaReplicas[7]); // t=105, before the outage
        // Two reads per 15 s (poll, then sync): failures 1,2 at t=120, 3,4 at t=135: the 4th, the HPA's, falls back.
        var first = hpa.Steps.First(s => s.Fallback);
        Assert.Equal(135, (first.At - T0).TotalSeconds);
        Assert.Equal("hpa", first.Loop);
        Assert.Equal(6, hpa.Steps.Where(s => s.Loop == "hpa" && s.At < T0.AddSeconds(180)).Max(s => s.Replicas));
        // The first good read at t=180 ends it; the count comes back to 3 through the scale-down behavior.
        Assert.DoesNotContain(hpa.Steps, s => s.Fallback && s.At >= T0.AddSeconds(180));
        Assert.Equal(3, hpa.Replicas);
    }

    [Fact]
    public void Above_the_fallback_replicas_the_count_never_drops_while_blind()
    {
        var spec = Manifest() with { MaxReplicaCount = 10 };
        var hpa = Outage(spec, 85); // 9 pods

        var during = hpa.Steps.Where(s => s.Loop == "hpa" && s.At >= T0.AddSeconds(120) && s.At < T0.AddSeconds(195)).ToList();
        Assert.All(during, s => Assert.Equal(9, s.Replicas));
        Assert.Contains(during, s => s.Fallback && s.Reading.Value == 90); // currentReplicasIfHigher: 9 x 10
    }

    [Fact]
    public void Without_the_fallback_the_count_freezes_at_its_low_value()
    {
        var hpa = Outage(Manifest() with { Fallback = null }, 25);

        var during = hpa.Steps.Where(s => s.Loop == "hpa" && s.At >= T0.AddSeconds(120) && s.At < T0.AddSeconds(180)).ToList();
        Assert.All(during, s => Assert.Equal(3, s.Replicas));
        Assert.DoesNotContain(hpa.Steps, s => s.Fallback);
    }

    [Fact]
    public void Fallback_counts_as_active_so_a_min_zero_target_is_not_left_at_zero()
    {
        var spec = Spec(min: 0, behavior: Behavior()) with { Fallback = new KedaFallback(1, 4) };
        var hpa = new HpaHarness(spec, initialReplicas: 0).Run(60, _ => null, poll: true);

        Assert.Contains(hpa.Steps, s => s.Reason == "ScaledFromZero");
        Assert.Equal(4, hpa.Replicas);
    }

    [Fact]
    public void At_zero_replicas_only_KEDAs_polls_count_failures()
    {
        // Given a min-zero target at 0 with every read failing: KEDA's HPA is disabled at 0 and sends no request
        var spec = Spec(min: 0, behavior: Behavior()) with { Fallback = new KedaFallback(3, 4) };
        var hpa = new HpaHarness(spec, initialReplicas: 0).Run(600, _ => null, poll: true);

        // Then the fallback starts on KEDA's 4th poll, where its own failures first exceed the threshold of 3
        var polls = hpa.Steps.Where(s => s.Loop == "keda").ToList();
        Assert.Equal(3, polls.FindIndex(s => s.Reason == "ScaledFromZero"));
    }
}
