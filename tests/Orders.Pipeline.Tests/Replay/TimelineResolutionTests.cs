using Orders.Pipeline.Replay;

namespace Orders.Pipeline.Tests.Replay;

/// <summary>Up to six hours every second has its row (docs/replay.md), counted as the report counts a range: both
/// ends included.</summary>
public sealed class TimelineResolutionTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_exactly_6_hour_range_has_a_row_per_second()
    {
        var seconds = ReplayReport.SecondsOf(Range(TimeSpan.FromHours(6)));

        Assert.Equal(1, TimelineResolution.For(seconds));
        Assert.Equal(seconds, TimelineResolution.Rows(seconds, 1));
    }

    [Fact]
    public void A_range_one_second_over_6_hours_widens_its_rows_to_5_s()
    {
        var seconds = ReplayReport.SecondsOf(Range(TimeSpan.FromHours(6) + TimeSpan.FromSeconds(1)));

        Assert.Equal(5, TimelineResolution.For(seconds));
    }

    private static ReplayOptions Range(TimeSpan length) =>
        new("", "", null, Start, Start + length, TimeSpan.FromSeconds(1), [], null, null, null);
}
