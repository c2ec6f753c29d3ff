using Orders.LoadTest.Cluster;
using Orders.LoadTest.Report;

namespace Orders.LoadTest.Tests.Cluster;

public sealed class ClusterVerdictTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.UnixEpoch;

    // The model: 2 -> 5 at 60 s, back to 2 at 150 s after the load ended at 90 s.
    private static readonly ScalingOutcome Model = new(2, 5, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(150), TimeSpan.FromSeconds(300), 2, TimeSpan.FromSeconds(60));

    private static List<ClusterSample> Samples(Func<int, int> ready) =>
        Enumerable.Range(0, 80).Select(i => new ClusterSample(Start.AddSeconds(i * 5), ready(i * 5), null, null, "True", "True", null, null)).ToList();

    [Fact]
    public void Passes_when_the_replicas_follow_the_model_within_the_bounds()
    {
        var samples = Samples(t => t is >= 100 and < 260 ? 5 : 2);

        var verdict = ClusterVerdict.Judge(samples, Model, Start, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(105), TimeSpan.FromSeconds(210));

        Assert.True(verdict.Passed, verdict.Message);
        Assert.Contains("lag 40 s", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_naming_the_peak_never_reached()
    {
        var verdict = ClusterVerdict.Judge(Samples(_ => 3), Model, Start, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(105), TimeSpan.FromSeconds(210));

        Assert.False(verdict.Passed);
        Assert.Contains("never reached the expected peak of 5 (max seen: 3)", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_when_scale_up_lags_or_scale_down_is_late()
    {
        var late = Samples(t => t is >= 200 and < 390 ? 5 : 2);

        var verdict = ClusterVerdict.Judge(late, Model, Start, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(105), TimeSpan.FromSeconds(210));

        Assert.False(verdict.Passed);
        Assert.Contains("lag 140 s, bound 105 s", verdict.Message, StringComparison.Ordinal);
        Assert.Contains("back to 2: 300 s after the load", verdict.Message, StringComparison.Ordinal);
    }
}
