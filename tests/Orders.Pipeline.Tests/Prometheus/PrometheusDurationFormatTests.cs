using Orders.Pipeline.Prometheus;

namespace Orders.Pipeline.Tests.Prometheus;

/// <summary>
/// Writing a duration back in Prometheus's grammar (Tune puts each window it weighs into the query): largest unit
/// first, a unit only when its count is not zero, so Parse reads back the very value. The expected texts are the
/// canonical spellings of the grammar (90 s = 1 m + 30 s, 7200 s = 2 h).
/// </summary>
public sealed class PrometheusDurationFormatTests
{
    [Theory]
    [InlineData("20s")]
    [InlineData("1m")]
    [InlineData("1m30s")]
    [InlineData("500ms")]
    [InlineData("2h")]
    [InlineData("0")]
    [InlineData("1d1h1m1s1ms")]
    public void Writes_what_Parse_reads_back_to_the_same_value(string text)
    {
        var duration = PrometheusDuration.Parse(text);

        var formatted = PrometheusDuration.Format(duration);

        Assert.Equal(text, formatted);
        Assert.Equal(duration, PrometheusDuration.Parse(formatted));
    }

    [Theory]
    [InlineData(90_000, "1m30s")]
    [InlineData(7_200_000, "2h")]
    [InlineData(60_000, "1m")]
    [InlineData(1_500, "1s500ms")]
    [InlineData(691_200_000, "1w1d")]
    public void Carries_seconds_into_the_largest_units(long milliseconds, string text)
    {
        Assert.Equal(text, PrometheusDuration.Format(TimeSpan.FromMilliseconds(milliseconds)));
    }

    [Fact]
    public void Refuses_a_negative_duration()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PrometheusDuration.Format(TimeSpan.FromSeconds(-20)));
    }

    [Theory]
    [InlineData(1)] // 100 ns: less than a millisecond, nothing Prometheus can write
    [InlineData(15_000)] // 1.5 ms: a whole millisecond and half of one left over
    [InlineData(200_005_000)] // 20.0005 s: whole seconds and a sub-millisecond remainder
    public void Refuses_what_is_not_whole_milliseconds(long ticks)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PrometheusDuration.Format(TimeSpan.FromTicks(ticks)));
    }
}
