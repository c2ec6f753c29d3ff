using Orders.Pipeline.Report;

namespace Orders.Pipeline.Tuning;

/// <summary>
/// One pair's figures over every recorded timing (scrape phase x seed x HPA timing): the time to the right
/// count after the step, the share of timings that overshot it, and per steady rate the replica changes in the
/// counted ten minutes.
/// </summary>
public sealed record TuningResult(
    TuningCandidate Candidate,
    FigureRange SecondsToRight,
    int StepTimings,
    int Overshoots,
    IReadOnlyDictionary<double, IReadOnlyList<int>> ChangesByRate)
{
    /// <summary>The goal's time: the median over timings, at most this many seconds to the right count.</summary>
    public const int GoalSeconds = 30;

    /// <summary>
    /// What the chosen pair keeps between its median and the goal: the study leaves out the exporter's tailing lag
    /// (under a second), the scrape's own duration and KEDA's metrics-server round trip, so a pair whose median sits
    /// right on the goal would miss it in a cluster.
    /// </summary>
    public const int MarginSeconds = 5;

    /// <summary>The goal's calm: at most this many changes in ten minutes at the boundary rate, at every timing.</summary>
    public const int GoalChanges = 1;

    public FigureRange Changes(double rate) =>
        ChangesByRate.TryGetValue(rate, out var c) ? FigureRange.Of(c.Select(x => (int?)x)) : new FigureRange(null, null, null);

    /// <summary>Timings at <paramref name="rate"/> with more changes than the goal allows.</summary>
    public int Restless(double rate) => ChangesByRate.TryGetValue(rate, out var c) ? c.Count(x => x > GoalChanges) : 0;

    public int Timings(double rate) => ChangesByRate.TryGetValue(rate, out var c) ? c.Count : 0;

    /// <summary>The steady rate with the most changes at any timing, and that count.</summary>
    public (double Rate, int Changes)? Worst =>
        ChangesByRate.Count == 0 ? null : ChangesByRate.Select(r => (r.Key, r.Value.DefaultIfEmpty(0).Max())).OrderByDescending(r => r.Item2).ThenBy(r => r.Key).First();

    public bool MeetsTimeGoal => SecondsToRight.Median is { } m && m <= GoalSeconds;

    public bool MeetsCalmGoal => ChangesByRate.ContainsKey(TuningScenario.BoundaryRate) && Changes(TuningScenario.BoundaryRate).Max <= GoalChanges;

    public bool MeetsGoals => Candidate.Robust && MeetsTimeGoal && MeetsCalmGoal;

    /// <summary>Meets the goals with <see cref="MarginSeconds"/> to spare on the time.</summary>
    public bool Eligible => MeetsGoals && SecondsToRight.Median <= GoalSeconds - MarginSeconds;

    /// <summary>
    /// The winner: of the pairs that meet both goals with at least four samples per window and the margin on the
    /// time, the one that scrapes least often (the cheapest for Prometheus and the exporter), then the one with the longest window (the
    /// least noise). Null when none qualifies.
    /// </summary>
    public static TuningResult? Choose(IEnumerable<TuningResult> results) =>
        results.Where(r => r.Eligible).OrderByDescending(r => r.Candidate.Scrape).ThenByDescending(r => r.Candidate.Window).FirstOrDefault();
}
