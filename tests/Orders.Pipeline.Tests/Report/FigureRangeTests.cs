using Orders.Pipeline.Report;

namespace Orders.Pipeline.Tests.Report;

public sealed class FigureRangeTests
{
    [Fact]
    public void Min_median_and_max_with_never_sorting_last()
    {
        Assert.Equal(new FigureRange(42, 60, 66), FigureRange.Of([60, 66, 42, 61, 55]));
        Assert.Equal(new FigureRange(20, 20, null), FigureRange.Of([20, null, 20]));
        Assert.Equal(new FigureRange(null, null, null), FigureRange.Of([null, null]));
    }

    [Fact]
    public void An_even_count_takes_the_lower_middle_so_the_median_is_a_real_timing()
    {
        Assert.Equal(new FigureRange(1, 2, 4), FigureRange.Of([4, 1, 2, 3]));
    }

    [Fact]
    public void Text_is_one_number_when_every_timing_agrees()
    {
        Assert.Equal("5", new FigureRange(5, 5, 5).Text());
        Assert.Equal("42 s / 60 s / never", new FigureRange(42, 60, null).Text(" s"));
    }
}
