using Orders.Pipeline.Cluster;

namespace Orders.Pipeline.Tests.Cluster;

/// <summary>The query's plateau (45/s in <see cref="SyntheticRun.Correct"/>) within ±10 % of the achieved rate, each side on its own.</summary>
public sealed class PlateauCheckTests
{
    [Theory]
    [InlineData(41.0, true, "")] // 1.098x
    [InlineData(40.8, false, "counted more than once")] // 1.103x
    [InlineData(49.9, true, "")] // 0.902x
    [InlineData(50.1, false, "part of the signal is missing")] // 0.898x
    public void The_plateau_may_be_10_percent_off_the_achieved_rate_either_way(double achieved, bool passes, string reason)
    {
        var (passed, line) = PlateauCheck.Judge(SyntheticRun.Correct() with { AchievedHeldRate = achieved });

        Assert.Equal(passes, passed);
        Assert.StartsWith("query plateau 45.0/s", line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
    }

    [Fact]
    public void No_reading_during_the_hold_is_a_missing_signal()
    {
        var run = SyntheticRun.Correct();

        var (passed, line) = PlateauCheck.Judge(run with { QueryValues = run.QueryValues.Select(_ => (double?)null).ToList() });

        Assert.False(passed);
        Assert.StartsWith("query plateau missing: no reading during the hold", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hold_shorter_than_the_window_and_scrape_is_refused_naming_the_profile()
    {
        var (passed, line) = PlateauCheck.Judge(SyntheticRun.Correct() with { Profile = Orders.Pipeline.Load.LoadProfile.Parse("30s:0->45, 20s:45, 30s:0") });

        Assert.False(passed);
        Assert.Contains("the hold (20 s) ends before the query's 20 s window + 5 s scrape have filled; hold the rate longer (--profile)", line, StringComparison.Ordinal);
    }
}
