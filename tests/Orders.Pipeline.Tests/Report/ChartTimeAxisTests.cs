using Orders.Pipeline.Report;

namespace Orders.Pipeline.Tests.Report;

/// <summary>A replay's chart counts seconds for a load step and hours for history: a week in seconds ended at
/// 604800 on its axis.</summary>
public sealed class ChartTimeAxisTests
{
    [Fact]
    public void Up_to_six_hours_the_axis_counts_seconds_with_the_charts_own_ticks()
    {
        var axis = ChartTimeAxis.For(-600, 6 * 3600);

        Assert.False(axis.InHours);
        Assert.Equal("seconds", axis.Unit);
        Assert.Empty(axis.Ticks);
    }

    [Fact]
    public void A_week_counts_hours_on_half_days()
    {
        var axis = ChartTimeAxis.For(0, 7 * 24 * 3600);

        Assert.True(axis.InHours);
        Assert.Equal(Enumerable.Range(0, 15).Select(i => (i * 12).ToString(System.Globalization.CultureInfo.InvariantCulture)), axis.Ticks.Select(t => t.Label));
        Assert.Equal(12 * 3600, axis.Ticks[1].Seconds);
    }

    [Theory]
    [InlineData(6 * 3600 + 1, 1)]  // just over six hours: hourly, 7 ticks
    [InlineData(14 * 3600, 1)]     // 14 hourly ticks fit
    [InlineData(15 * 3600, 2)]
    [InlineData(2 * 24 * 3600, 6)] // 48 h: 3 h would give 16 ticks
    public void The_step_is_the_smallest_that_keeps_fourteen_ticks_or_fewer(int rangeSeconds, int stepHours)
    {
        var axis = ChartTimeAxis.For(0, rangeSeconds);

        Assert.InRange(axis.Ticks.Count, 2, ChartTimeAxis.MaxTicks + 1);
        Assert.Equal(stepHours * 3600, axis.Ticks[1].Seconds - axis.Ticks[0].Seconds);
    }

    [Fact]
    public void Ticks_fall_on_whole_multiples_of_the_step_when_the_chart_starts_before_the_load()
    {
        var axis = ChartTimeAxis.For(-5400, 24 * 3600);

        Assert.Equal(0, axis.Ticks[0].Seconds);
        Assert.Equal("0", axis.Ticks[0].Label);
        Assert.All(axis.Ticks, t => Assert.Equal(0, t.Seconds % (2 * 3600)));
        Assert.True(axis.Ticks[^1].Seconds <= -5400 + 24 * 3600);
    }
}
