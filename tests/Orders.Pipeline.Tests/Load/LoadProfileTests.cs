using Orders.Pipeline.Load;

namespace Orders.Pipeline.Tests.Load;

public sealed class LoadProfileTests
{
    [Fact]
    public void Parses_ramps_holds_and_pauses()
    {
        var profile = LoadProfile.Parse("30s:0->50, 60s:50, 1m30s:0");

        Assert.Equal(
            [new LoadStage(TimeSpan.FromSeconds(30), 0, 50), new LoadStage(TimeSpan.FromSeconds(60), 50, 50), new LoadStage(TimeSpan.FromSeconds(90), 0, 0)],
            profile.Stages);
        Assert.Equal(TimeSpan.FromMinutes(3), profile.Duration);
        Assert.Equal("30s:0->50, 60s:50, 90s:0", profile.ToString());
    }

    [Theory]
    [InlineData("10s:50", 500)]
    [InlineData("30s:0->50", 750)]
    [InlineData("30s:0->50, 60s:50, 90s:0", 3750)]
    [InlineData("4s:10->0", 20)]
    [InlineData("2s:0.5", 1)]   // one request's worth: it leaves when the integral reaches 0.5, at 1 s
    [InlineData("500ms:5", 2)]  // 2.5 requests' worth: the ones at 0.5 and 1.5 leave, 2.5 is the end
    public void Schedules_the_integral_of_the_rate(string text, long expected)
    {
        var profile = LoadProfile.Parse(text);

        Assert.Equal(expected, profile.TotalRequests);
        Assert.Equal(expected, profile.SendTimes().LongCount());
    }

    [Fact]
    public void A_constant_rate_spaces_requests_evenly_starting_half_a_gap_in()
    {
        var times = LoadProfile.Parse("1s:50").SendTimes().Select(t => Math.Round(t.TotalMilliseconds, 3)).ToList();

        Assert.Equal(Enumerable.Range(0, 50).Select(k => 10.0 + 20 * k), times);
    }

    [Fact]
    public void Send_times_are_ordered_and_agree_with_the_cumulative_count()
    {
        var profile = LoadProfile.Parse("7s:0->40, 3s:40, 5s:40->3, 2s:0, 1s:9");
        var times = profile.SendTimes().ToList();

        Assert.Equal(times.Order(), times);
        for (var second = 0; second <= 18; second++)
        {
            var at = TimeSpan.FromSeconds(second);
            Assert.Equal(profile.ScheduledBy(at), times.Count(t => t < at));
        }
        Assert.DoesNotContain(times, t => t >= TimeSpan.FromSeconds(15) && t < TimeSpan.FromSeconds(17)); // the pause
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("30s:0->50, 60x:50", "stage 2 ('60x:50'): '60x' is not a duration")]
    [InlineData("30s:0->50, 60s:fast", "stage 2 ('60s:fast'): the rate 'fast'")]
    [InlineData("30s", "stage 1 ('30s') is not 'duration:rate'")]
    [InlineData("10s:5, 0s:5", "stage 2 ('0s:5'): the duration must be more than zero")]
    [InlineData("10s:5->-1", "stage 1")]
    public void A_bad_stage_is_named_in_the_error(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => LoadProfile.Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
