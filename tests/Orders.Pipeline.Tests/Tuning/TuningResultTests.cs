using Orders.Pipeline.Report;
using Orders.Pipeline.Tuning;

namespace Orders.Pipeline.Tests.Tuning;

/// <summary>
/// The figures and the choice: time to exactly the right count as per-seed medians (the goal: at most 30 s, median
/// over seeds, at 1 % faults), shares over timings with seeds as the sample size, calm judged at 38-42/s and
/// 48-52/s (at most one change at 95 % of timings), four samples per window, 5 s to spare on the time to be chosen.
/// The observations are made up; each test says which rule it pins.
/// </summary>
public sealed class TuningResultTests
{
    private static readonly ScrapeFaults None = ScrapeFaults.Levels[0];

    private static TuningObservation Step(int seed, int? seconds, bool overshot = false, ScrapeFaults? faults = null, double rate = TuningScenario.StepRate) =>
        new(TuningScenario.Step(rate), seed, faults ?? ScrapeFaults.Judged, seconds, overshot);

    private static TuningObservation Steady(int seed, double rate, int changes, ScrapeFaults? faults = null) =>
        new(TuningScenario.Steady(rate), seed, faults ?? ScrapeFaults.Judged, Changes: changes);

    /// <summary>A pair whose step takes <paramref name="median"/> s at every timing of 3 seeds, calm at both bands
    /// unless <paramref name="restlessAt40"/> of its 20 timings at 40/s changed twice.</summary>
    private static TuningResult Result(int scrape, int window, int? median, int restlessAt40 = 0)
    {
        List<TuningObservation> observations = [];
        for (var seed = 1; seed <= 3; seed++)
        {
            observations.Add(Step(seed, median));
            observations.Add(Steady(seed, 50, 1));
        }
        observations.AddRange(Enumerable.Range(0, 20).Select(i => Steady(1 + (i % 3), 40, i < restlessAt40 ? 2 : 0)));
        return new TuningResult(new TuningCandidate(TimeSpan.FromSeconds(scrape), TimeSpan.FromSeconds(window)), observations);
    }

    [Fact]
    public void Time_is_each_seeds_median_then_min_median_max_over_seeds()
    {
        // Seed 1: 20, 20, 90 -> 20; seed 2: 40, 40, 10 -> 40; seed 3: 25, never, never -> never. Over seeds: 20 / 40 / never.
        // Pooled over all nine timings the median would have been 25.
        var result = new TuningResult(new TuningCandidate(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(20)),
            [Step(1, 20), Step(1, 20), Step(1, 90), Step(2, 40), Step(2, 40), Step(2, 10), Step(3, 25), Step(3, null), Step(3, null),
             // Another fault level and the 45/s step do not count at 1 %.
             Step(1, 1, faults: None), Step(2, 1, rate: TuningScenario.MiddleRate)]);

        Assert.Equal(new FigureRange(20, 40, null), result.SecondsToRight(ScrapeFaults.Judged));
        Assert.Equal(new FigureRange(1, 1, 1), result.SecondsToRight(None));
        Assert.False(result.MeetsTimeGoal);
    }

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
    public void Overshoot_is_a_share_of_timings_with_the_seeds_as_its_sample()
    {
        // 50/s: 2 of 4 timings over 2 seeds; 45/s: none of 2.
        var result = new TuningResult(new TuningCandidate(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(20)),
            [Step(1, 20, true), Step(1, 20), Step(2, 20, true), Step(2, 20), Step(1, 20, rate: 45), Step(2, 20, rate: 45)]);

        Assert.Equal(new SeedShare(2, 4, 2), result.Overshoot(50, ScrapeFaults.Judged));
        Assert.Equal(new SeedShare(0, 2, 2), result.Overshoot(45, ScrapeFaults.Judged));
        Assert.Equal(new SeedShare(0, 0, 0), result.Overshoot(50, None));
    }

    [Fact]
    public void Calm_fails_when_more_than_5_percent_of_timings_in_a_band_change_twice()
    {
        // 40/s: 1 of 20 timings changed twice (5 %): met; 2 of 20 (10 %): not. 50/s changes once at every timing: met.
        Assert.True(Result(5, 20, 20, restlessAt40: 1).MeetsCalmGoal);
        Assert.False(Result(5, 20, 20, restlessAt40: 2).MeetsCalmGoal);
        Assert.Equal(new SeedShare(2, 20, 3), Result(5, 20, 20, restlessAt40: 2).Restless((38, 42), ScrapeFaults.Judged));
        // Not measured in a band at all: not met.
        var without = Result(5, 20, 20) with { Observations = [Step(1, 20), Steady(1, 40, 0)] };
        Assert.False(without.MeetsCalmGoal);
        Assert.Equal((40.0, 2), Result(5, 20, 20, restlessAt40: 2).MostChanges(ScrapeFaults.Judged));
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
            // Scrapes least often among the robust and is fast, but restless at 40/s.
            Result(15, 90, 20, restlessAt40: 5),
            // Longest window at 10 s, but no margin.
            Result(10, 120, 27),
        ];

        Assert.Same(results[2], TuningResult.Choose(results));
    }

    [Fact]
    public void Chooses_nothing_when_no_pair_qualifies()
    {
        Assert.Null(TuningResult.Choose([Result(15, 45, 5), Result(15, 60, 40), Result(10, 120, 26), Result(5, 20, null)]));
        Assert.Null(TuningResult.Choose([]));
    }
}
