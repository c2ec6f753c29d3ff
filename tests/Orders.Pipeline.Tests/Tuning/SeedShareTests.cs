using Orders.Pipeline.Tuning;

namespace Orders.Pipeline.Tests.Tuning;

/// <summary>The 95 % Wilson interval, against values worked by hand from its formula (z = 1.96), and with the seeds,
/// not the timings, as its sample size.</summary>
public sealed class SeedShareTests
{
    [Theory]
    // 5 of 10: centre 0.5, half-width 1.96 / 1.384 x sqrt(0.025 + 0.0096) = 0.2634.
    [InlineData(0.5, 10, 0.2366, 0.7634)]
    // 0 of 30: from 0 to (1.96^2 / 30) / (1 + 1.96^2 / 30) = 0.1135; never empty, as p ± 1.96 sqrt(p(1-p)/n) would be.
    [InlineData(0.0, 30, 0.0, 0.1135)]
    // 30 of 30: the mirror image.
    [InlineData(1.0, 30, 0.8865, 1.0)]
    // 3 of 10: the textbook case, 0.1078 to 0.6032.
    [InlineData(0.3, 10, 0.1078, 0.6032)]
    public void Wilson_gives_the_textbook_interval(double p, int n, double low, double high)
    {
        var (l, h) = SeedShare.Wilson(p, n);

        Assert.Equal(low, l, 4);
        Assert.Equal(high, h, 4);
    }

    [Fact]
    public void The_interval_counts_seeds_not_timings()
    {
        // 150 of 450 timings over 30 seeds: as wide as a third of 30, not of 450.
        var share = new SeedShare(150, 450, 30);

        Assert.Equal(SeedShare.Wilson(1.0 / 3, 30), share.Interval);
        Assert.True(share.Interval.High - share.Interval.Low > 0.3, $"{share.Interval}");
        Assert.Equal("33.3% (19-51%)", share.Text());
        Assert.Equal("-", new SeedShare(0, 0, 0).Text());
    }
}
