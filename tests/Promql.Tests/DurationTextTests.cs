using Promql.Parsing;

namespace Promql.Tests;

/// <summary>Prometheus's duration grammar (common/model ParseDuration and Duration.String).</summary>
public sealed class DurationTextTests
{
    [Theory]
    [InlineData("1h30m", 5400_000L)]
    [InlineData("500ms", 500L)]
    [InlineData("1y", 31_536_000_000L)]
    [InlineData("2w1d", 1_296_000_000L)]
    [InlineData("0", 0L)]
    public void Reads_durations(string text, long milliseconds)
    {
        Assert.True(DurationText.TryParse(text, out var duration, out _));
        Assert.Equal(milliseconds, (long)duration.TotalMilliseconds);
    }

    [Theory]
    [InlineData("30m1h", "not a valid duration string: \"30m1h\"")]
    [InlineData("5x", "unknown unit \"x\" in duration \"5x\"")]
    [InlineData("300y", "duration out of range")]
    [InlineData("", "empty duration string")]
    public void Refuses_what_Prometheus_refuses(string text, string error)
    {
        Assert.False(DurationText.TryParse(text, out _, out var actual));
        Assert.Equal(error, actual);
    }

    [Theory]
    [InlineData(90 * 24 * 3600, "90d")]
    [InlineData(14 * 24 * 3600, "2w")]
    [InlineData(5400, "1h30m")]
    [InlineData(0.5, "500ms")]
    public void Prints_the_largest_exact_units(double seconds, string text)
    {
        Assert.Equal(text, DurationText.Format(TimeSpan.FromSeconds(seconds)));
    }
}
