using Orders.Pipeline.Cluster;
using Orders.Pipeline.Report;

namespace Orders.Pipeline.Tests.Cluster;

public sealed class ClusterVerdictTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.UnixEpoch;

    // The model (one HPA timing): 2 -> 5 at 60 s, back to 2 at 150 s after the load ended at 90 s.
    private static readonly ScalingRanges Model = ScalingRanges.Of([new(2, 5, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(150), TimeSpan.FromSeconds(300), 2, TimeSpan.FromSeconds(60))], 5);

    // The held rate needs 5 replicas; the query read a value every second.
    private static readonly ModelEvidence Evidence = new(5, Enumerable.Repeat<double?>(50, 400).ToList(), "sum(rate(product_order_total[1m]))", "orders");

    // A model that never left min (2).
    private static readonly ScalingRanges Flat = ScalingRanges.Of([new(2, 2, null, null, TimeSpan.FromSeconds(300), 2, null)], 5);

    private static List<ClusterSample> Samples(Func<int, int> ready) =>
        Enumerable.Range(0, 80).Select(i => new ClusterSample(Start.AddSeconds(i * 5), ready(i * 5), null, null, "True", "True", null, null)).ToList();

    [Fact]
    public void Passes_when_the_replicas_follow_the_model_within_the_bounds()
    {
        var samples = Samples(t => t is >= 100 and < 260 ? 5 : 2);

        var verdict = ClusterVerdict.Judge(samples, Model, Evidence, Start, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(105), TimeSpan.FromSeconds(210));

        Assert.True(verdict.Passed, verdict.Message);
        Assert.Contains("lag 40 s", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_naming_the_peak_never_reached()
    {
        var verdict = ClusterVerdict.Judge(Samples(_ => 3), Model, Evidence, Start, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(105), TimeSpan.FromSeconds(210));

        Assert.False(verdict.Passed);
        Assert.Contains("never reached the expected peak of 5 (max seen: 3)", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_when_scale_up_lags_or_scale_down_is_late()
    {
        var late = Samples(t => t is >= 200 and < 390 ? 5 : 2);

        var verdict = ClusterVerdict.Judge(late, Model, Evidence, Start, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(105), TimeSpan.FromSeconds(210));

        Assert.False(verdict.Passed);
        Assert.Contains("lag 140 s after the slowest HPA timing; deadline 105 s", verdict.Message, StringComparison.Ordinal);
        Assert.Contains("back to 2: 300 s after the load", verdict.Message, StringComparison.Ordinal);
    }

    // Each check on its own, at its bound and one sample (5 s) past it, the other check on time: the scale-up
    // deadline is 105 s from the start, the scale-down bound 210 s after the load ended at 90 s (back by 300 s).
    [Theory]
    [InlineData(105, 300, "PASS peak 5")]
    [InlineData(110, 300, "FAIL peak 5")]
    [InlineData(105, 305, "FAIL back to 2: 215 s after the load")]
    public void Each_bound_holds_on_its_own_and_is_inclusive(int upAt, int backAt, string verdictStart)
    {
        var samples = Samples(t => t >= upAt && t < backAt ? 5 : 2);

        var verdict = ClusterVerdict.Judge(samples, Model, Evidence, Start, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(105), TimeSpan.FromSeconds(210));

        Assert.Equal(verdictStart.StartsWith("PASS", StringComparison.Ordinal), verdict.Passed);
        Assert.StartsWith(verdictStart, verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_when_the_held_rate_needs_more_than_min_but_the_model_never_rose()
    {
        var verdict = ClusterVerdict.Judge(Samples(_ => 2), Flat, Evidence, Start, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(105), TimeSpan.FromSeconds(210));

        Assert.False(verdict.Passed);
        Assert.Contains("the held rate needs 5 replicas but the model never rose above min 2", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flat_model_passes_when_the_held_rate_needs_only_min()
    {
        var verdict = ClusterVerdict.Judge(Samples(_ => 2), Flat, Evidence with { HeldReplicas = 2 }, Start, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(105), TimeSpan.FromSeconds(210));

        Assert.True(verdict.Passed, verdict.Message);
    }

    [Fact]
    public void Fails_when_most_query_readings_were_empty_naming_the_query_and_namespace()
    {
        var mostlyEmpty = Enumerable.Range(0, 400).Select(i => i % 3 == 0 ? 50 : (double?)null).ToList();
        var samples = Samples(t => t is >= 100 and < 260 ? 5 : 2);

        var verdict = ClusterVerdict.Judge(samples, Model, Evidence with { QueryValues = mostlyEmpty, Namespace = "shop" }, Start, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(105), TimeSpan.FromSeconds(210));

        Assert.False(verdict.Passed);
        Assert.Contains("the query read nothing for 266 of 400 s (sum(rate(product_order_total[1m])))", verdict.Message, StringComparison.Ordinal);
        Assert.Contains("namespace 'shop'", verdict.Message, StringComparison.Ordinal);
    }
}
