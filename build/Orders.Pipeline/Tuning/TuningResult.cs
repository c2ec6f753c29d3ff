using Orders.Pipeline.Report;

namespace Orders.Pipeline.Tuning;

/// <summary>
/// One pair's figures over every recorded timing (scenario x seed x fault level x HPA timing). Times are taken per
/// seed first (the median over that seed's 15 HPA timings) and then shown as min / median / max over seeds; shares
/// carry a 95 % interval over seeds (<see cref="SeedShare"/>). The goals are judged at <see cref="ScrapeFaults.Judged"/>.
/// </summary>
public sealed record TuningResult(TuningCandidate Candidate, IReadOnlyList<TuningObservation> Observations)
{
    /// <summary>The goal's time: the median over seeds, at most this many seconds to exactly the right count.</summary>
    public const int GoalSeconds = 30;

    /// <summary>
    /// What the chosen pair keeps between its median and the goal: the study leaves out the exporter's tailing lag
    /// (under a second), the scrape's own duration and KEDA's metrics-server round trip, so a pair whose median sits
    /// right on the goal would miss it in a cluster.
    /// </summary>
    public const int MarginSeconds = 5;

    /// <summary>Calm: at most this many changes in ten minutes of a steady load...</summary>
    public const int GoalChanges = 1;

    /// <summary>...at all but this share of the timings in each calm band (<see cref="TuningScenario.CalmBands"/>).</summary>
    public const double GoalRestlessShare = 0.05;

    /// <summary>Seconds to exactly the right count after the step to 50/s: per-seed medians, min / median / max over seeds.</summary>
    public FigureRange SecondsToRight(ScrapeFaults faults) =>
        FigureRange.Of(Where(faults, o => o.Scenario.IsStep && o.Scenario.Rate == TuningScenario.StepRate)
            .GroupBy(o => o.Seed)
            .Select(seed => FigureRange.Of(seed.Select(o => o.SecondsToRight)).Median));

    /// <summary>Timings whose count went past the right one after the step to <paramref name="rate"/>.</summary>
    public SeedShare Overshoot(double rate, ScrapeFaults faults) =>
        ShareOf(Where(faults, o => o.Scenario.IsStep && o.Scenario.Rate == rate), o => o.Overshot);

    /// <summary>Timings with more than <see cref="GoalChanges"/> changes at the steady rates of <paramref name="band"/>.</summary>
    public SeedShare Restless((double From, double To) band, ScrapeFaults faults) =>
        ShareOf(Where(faults, o => !o.Scenario.IsStep && o.Scenario.Rate >= band.From && o.Scenario.Rate <= band.To), o => o.Changes > GoalChanges);

    /// <summary>The most changes at any timing of any steady rate, at <paramref name="faults"/>, and the rate.</summary>
    public (double Rate, int Changes)? MostChanges(ScrapeFaults faults) =>
        Where(faults, o => !o.Scenario.IsStep).OrderByDescending(o => o.Changes).ThenBy(o => o.Scenario.Rate).Select(o => ((double, int)?)(o.Scenario.Rate, o.Changes)).FirstOrDefault();

    public bool MeetsTimeGoal => SecondsToRight(ScrapeFaults.Judged).Median is { } m && m <= GoalSeconds;

    public bool MeetsCalmGoal => TuningScenario.CalmBands.All(b => Restless(b, ScrapeFaults.Judged) is { Of: > 0 } s && s.Share <= GoalRestlessShare);

    public bool MeetsGoals => Candidate.Robust && MeetsTimeGoal && MeetsCalmGoal;

    /// <summary>Meets the goals with <see cref="MarginSeconds"/> to spare on the time.</summary>
    public bool Eligible => MeetsGoals && SecondsToRight(ScrapeFaults.Judged).Median <= GoalSeconds - MarginSeconds;

    /// <summary>
    /// The winner: of the pairs that meet both goals with at least four samples per window and the margin on the
    /// time, the one that scrapes least often (the cheapest for Prometheus and the exporter), then the one with the
    /// longest window (the least noise). Null when none qualifies.
    /// </summary>
    public static TuningResult? Choose(IEnumerable<TuningResult> results) =>
        results.Where(r => r.Eligible).OrderByDescending(r => r.Candidate.Scrape).ThenByDescending(r => r.Candidate.Window).FirstOrDefault();

    private IEnumerable<TuningObservation> Where(ScrapeFaults faults, Func<TuningObservation, bool> predicate) =>
        Observations.Where(o => o.Faults == faults && predicate(o));

    private static SeedShare ShareOf(IEnumerable<TuningObservation> observations, Func<TuningObservation, bool> counted)
    {
        var list = observations.ToList();
        return new SeedShare(list.Count(counted), list.Count, list.Select(o => o.Seed).Distinct().Count());
    }
}
