using Orders.Pipeline.Report;
using Orders.Pipeline.Tuning;

namespace Orders.Pipeline.Tests.Tuning;

/// <summary>
/// The goals and the choice: time to the right count at most 30 s (median), at most one change in ten minutes at
/// 44/s at every timing, four samples per window, and 5 s to spare on the time to be chosen. The figures are made
/// up; each test says which rule it pins.
/// </summary>
public sealed class TuningResultTests
{
    private static TuningResult Result(int scrape, int window, int? median, params int[] changesAt44) =>
        new(
            new TuningCandidate(TimeSpan.FromSeconds(scrape), TimeSpan.FromSeconds(window)),
            new FigureRange(median is { } m ? m - 5 : null, median, median is { } n ? n + 5 : null),
            15,
            0,
            new Dictionary<double, IReadOnlyList<int>> { [TuningScenario.BoundaryRate] = changesAt44.Length == 0 ? [0, 1, 0] : changesAt44, [40] = [3, 3] });

    [Theory]
    [InlineData(20, true)]
    [InlineData(30, true)]
    [InlineData(31, false)]
    [InlineData(null, false)]
    public void Meets_the_time_goal_with_a_median_of_at_most_30_s(int? median, bool meets)
    {
        Assert.Equal(meets, Result(5, 20, median).MeetsTimeGoal);
    }

    [Fact]
    public void Meets_the_calm_goal_with_at_most_one_change_at_44_at_every_timing()
    {
        // The 3 changes at 40/s do not matter: the goal names 44/s.
        Assert.True(Result(5, 20, 20, 0, 1, 1, 0).MeetsCalmGoal);
        Assert.False(Result(5, 20, 20, 0, 1, 2, 0).MeetsCalmGoal);
        // Not measured at 44/s at all: not met.
        var without = Result(5, 20, 20) with { ChangesByRate = new Dictionary<double, IReadOnlyList<int>> { [40] = [0] } };
        Assert.False(without.MeetsCalmGoal);
    }

    [Theory]
    [InlineData(25, true, true)]
    [InlineData(26, true, false)]
    [InlineData(30, true, false)]
    [InlineData(31, false, false)]
    public void Is_eligible_with_5_s_to_spare_on_the_time(int median, bool meetsGoals, bool eligible)
    {
        var result = Result(5, 20, median);

        Assert.Equal((meetsGoals, eligible), (result.MeetsGoals, result.Eligible));
    }

    [Fact]
    public void A_pair_with_three_samples_per_window_meets_no_goals()
    {
        var result = Result(10, 30, 5);

        Assert.True(result.MeetsTimeGoal && result.MeetsCalmGoal);
        Assert.False(result.MeetsGoals);
        Assert.False(result.Eligible);
    }

    [Fact]
    public void Chooses_the_least_often_scrape_then_the_longest_window()
    {
        TuningResult[] results =
        [
            Result(5, 20, 10),
            Result(10, 40, 20),
            Result(10, 60, 24),
            // Scrapes least often and is fastest, but 45 / 15 = 3 samples: never chosen.
            Result(15, 45, 5),
            // Four samples, but slow.
            Result(15, 60, 40),
            // Scrapes least often among the robust and is fast, but restless at 44/s.
            Result(15, 90, 20, 0, 2),
            // Longest window at 10 s, but no margin.
            Result(10, 120, 27),
        ];

        var chosen = TuningResult.Choose(results);

        Assert.Same(results[2], chosen);
    }

    [Fact]
    public void Chooses_nothing_when_no_pair_qualifies()
    {
        Assert.Null(TuningResult.Choose([Result(15, 45, 5), Result(15, 60, 40), Result(10, 120, 26), Result(5, 20, null)]));
        Assert.Null(TuningResult.Choose([]));
    }

    [Fact]
    public void Worst_is_the_steady_rate_with_the_most_changes_at_any_timing()
    {
        // 44/s: at most 2; 40/s: 3.
        Assert.Equal((40.0, 3), Result(5, 20, 20, 0, 2).Worst);
        Assert.Equal(1, Result(5, 20, 20, 0, 2, 1).Restless(TuningScenario.BoundaryRate));
        Assert.Equal(3, Result(5, 20, 20, 0, 2, 1).Timings(TuningScenario.BoundaryRate));
    }
}
