using Orders.Pipeline.Load;

namespace Orders.Pipeline.Tests.Load;

/// <summary>The hold (where Local judges the latency panel) and percentiles over its seconds.</summary>
public sealed class LoadHoldTests
{
    [Theory]
    [InlineData("10s:0->50, 80s:50, 10s:0", 10, 90)] // Local's boundary profile
    [InlineData("20s:20", 0, 20)]
    [InlineData("5s:10, 30s:0->50, 20s:50, 20s:30", 35, 55)] // the longest constant stage; the first of equals
    public void The_hold_is_the_longest_stage_at_a_constant_rate_above_zero(string profile, int from, int to)
    {
        Assert.Equal((TimeSpan.FromSeconds(from), TimeSpan.FromSeconds(to)), LoadProfile.Parse(profile).Hold);
    }

    [Theory]
    [InlineData("30s:0->50, 30s:50->0")]
    [InlineData("30s:0")]
    public void A_profile_that_only_ramps_or_rests_has_no_hold(string profile)
    {
        Assert.Null(LoadProfile.Parse(profile).Hold);
    }

    [Fact]
    public void Percentiles_over_seconds_are_taken_over_their_requests_not_over_per_second_percentiles()
    {
        // Given second 0 with 1 slow request, second 1 with 3 fast ones, second 2 out of the stretch
        var recorder = new LoadRecorder();
        recorder.Completed(TimeSpan.FromSeconds(0.5), RequestOutcome.Ok, TimeSpan.FromMilliseconds(300));
        foreach (var ms in new[] { 100, 101, 102 })
        {
            recorder.Completed(TimeSpan.FromSeconds(1.5), RequestOutcome.Ok, TimeSpan.FromMilliseconds(ms));
        }
        recorder.Completed(TimeSpan.FromSeconds(2.5), RequestOutcome.Ok, TimeSpan.FromMilliseconds(900));

        var latencies = recorder.Latencies();

        // The median of the per-second medians (300, 101) would be 300 by nearest rank; over the requests it is 101.
        Assert.Equal(101, latencies.Percentile(0, 2, 0.5));
        Assert.Equal(300, latencies.Percentile(0, 2, 0.99));
        Assert.Equal([100.0, 101, 102, 300], latencies.Between(0, 2));
        Assert.Null(latencies.Percentile(5, 9, 0.5));
    }
}
