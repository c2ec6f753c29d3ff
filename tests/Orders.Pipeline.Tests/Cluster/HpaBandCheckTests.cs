using Orders.Pipeline.Cluster;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tests.Cluster;

/// <summary>KEDA's HPA may lag the model by one sync + 5 s (20 s), inclusive, and not a second more.</summary>
public sealed class HpaBandCheckTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.UnixEpoch;

    // One timing: min 2, scaled to 5 at 50 s, over 200 s.
    private static readonly ModelBand Band = new([[Step(0, 2), Step(50, 5), Step(200, 5)]], 2, Start);

    private static ModelStep Step(int at, int replicas) =>
        new(Start.AddSeconds(at), "hpa", MetricReading.Ok(Start.AddSeconds(at), 0, 0), true, replicas, replicas, "");

    private static ClusterSample Desired(double at, int desired) => new(Start.AddSeconds(at), desired, desired, desired, "True", "True", null, null);

    [Theory]
    [InlineData(70, true)]
    [InlineData(71, false)]
    public void Still_at_the_old_count_one_sync_plus_5_s_after_the_model_moved_passes_one_second_more_fails(int stillTwoAt, bool passes)
    {
        var (passed, line) = HpaBandCheck.Judge([Desired(0, 2), Desired(stillTwoAt, 2), Desired(80, 5)], Band, Start);

        Assert.Equal(passes, passed);
        Assert.Contains(passes ? "HPA desired within the model's band at all 3 samples" : $"first 2 at {stillTwoAt} s (model 5..5 over {stillTwoAt - 20}..{stillTwoAt} s)", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Ahead_of_every_timing_fails()
    {
        var (passed, line) = HpaBandCheck.Judge([Desired(0, 2), Desired(45, 5), Desired(80, 5)], Band, Start);

        Assert.False(passed);
        Assert.Contains("first 5 at 45 s (model 2..2 over 25..45 s)", line, StringComparison.Ordinal);
    }
}
