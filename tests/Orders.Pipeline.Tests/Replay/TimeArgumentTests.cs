using Orders.Pipeline.Replay;

namespace Orders.Pipeline.Tests.Replay;

public sealed class TimeArgumentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("now", "2026-12-02T12:00:00Z")]
    [InlineData("-6h", "2026-12-02T06:00:00Z")]
    [InlineData("-1h30m", "2026-12-02T10:30:00Z")]
    [InlineData("-45s", "2026-12-02T11:59:15Z")]
    [InlineData("2026-12-01T08:00:00Z", "2026-12-01T08:00:00Z")]
    [InlineData("2026-12-01T09:00:00+01:00", "2026-12-01T08:00:00Z")]
    public void Reads_RFC_3339_now_and_times_before_now(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), TimeArgument.Parse("start", text, Now));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("6h")]
    [InlineData("2026-12-01")]
    public void Refuses_anything_else_naming_the_option(string text)
    {
        var e = Assert.Throws<ArgumentException>(() => TimeArgument.Parse("end", text, Now));
        Assert.StartsWith($"--end '{text}' is not a time", e.Message, StringComparison.Ordinal);
    }
}
