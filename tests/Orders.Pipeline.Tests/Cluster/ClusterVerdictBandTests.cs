using Orders.Pipeline.Cluster;
using Orders.Pipeline.Report;

namespace Orders.Pipeline.Tests.Cluster;

/// <summary>The verdict judges the cluster against the model's band over every HPA timing, with a scale-up
/// deadline from the model's slowest timing and the measured pod start.</summary>
public sealed class ClusterVerdictBandTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.UnixEpoch;

    private static readonly ModelEvidence Evidence = new(5, Enumerable.Repeat<double?>(46, 400).ToList(), "sum(rate(product_order_total[1m]))", "orders");

    // Two HPA timings of the same run: one peaks at 4 (the rate sat inside the tolerance of 4), one at 5.
    private static readonly ScalingRanges Band = ScalingRanges.Of(
    [
        new(2, 4, TimeSpan.FromSeconds(52), TimeSpan.FromSeconds(140), TimeSpan.FromSeconds(300), 2, null),
        new(2, 5, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(150), TimeSpan.FromSeconds(300), 2, TimeSpan.FromSeconds(60)),
    ], 5);

    private static List<ClusterSample> Samples(Func<int, int> ready) =>
        Enumerable.Range(0, 80).Select(i => new ClusterSample(Start.AddSeconds(i * 5), ready(i * 5), null, null, "True", "True", null, null)).ToList();

    [Fact]
    public void A_cluster_at_the_lower_edge_of_the_band_passes()
    {
        // The real HPA's timing gave 4: one timing of the model (5) would have failed it.
        var verdict = ClusterVerdict.Judge(Samples(t => t is >= 100 and < 260 ? 4 : 2), Band, Evidence, Start, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(180), TimeSpan.FromSeconds(210));

        Assert.True(verdict.Passed, verdict.Message);
        Assert.Contains("peak 4 / 4 / 5", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_replicas_than_any_timing_gives_fails()
    {
        var verdict = ClusterVerdict.Judge(Samples(t => t is >= 100 and < 260 ? 6 : 2), Band, Evidence, Start, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(180), TimeSpan.FromSeconds(210));

        Assert.False(verdict.Passed);
        Assert.Contains("reached 6, more than any HPA timing of the model gives (5)", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scale_up_deadline_is_the_slowest_model_timing_plus_the_measured_pod_start_and_one_sample()
    {
        // The model's timings already contain the query's window, the scrape and the HPA's sync: nothing of them
        // is added again (the old deadline added all three plus a fixed 60 s pod start on top of the held rate).
        var deadline = ClusterVerdict.ScaleUpDeadline(TimeSpan.FromSeconds(52), TimeSpan.FromSeconds(12));

        Assert.Equal(TimeSpan.FromSeconds(52 + 12 + 5), deadline);
    }
}
