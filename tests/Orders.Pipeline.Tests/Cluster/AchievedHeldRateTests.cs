using Orders.Pipeline.Cluster;
using Orders.Pipeline.Load;

namespace Orders.Pipeline.Tests.Cluster;

/// <summary>The rate the verdict judges the query against is what the load really sent during its hold, not
/// what the profile asked for.</summary>
public sealed class AchievedHeldRateTests
{
    [Fact]
    public void Is_the_mean_sent_per_second_over_the_hold_only()
    {
        var profile = LoadProfile.Parse("2s:0->50, 4s:50, 2s:0");
        long[] sent = [10, 40, 50, 44, 46, 48, 0, 0];
        var load = new LoadResult(DateTimeOffset.UnixEpoch, 300, [.. sent.Select((n, s) => new LoadSecond(s, 0, n, n, 0, 0, 0, null, null))]);

        Assert.Equal(47, RecordedRun.AchievedHeld(load, profile));
    }

    [Fact]
    public void Is_zero_when_the_profile_holds_no_rate()
    {
        var load = new LoadResult(DateTimeOffset.UnixEpoch, 50, [new LoadSecond(0, 0, 50, 50, 0, 0, 0, null, null)]);

        Assert.Equal(0, RecordedRun.AchievedHeld(load, LoadProfile.Parse("10s:0->50")));
    }
}
