using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Report;

/// <summary>
/// The headline figures of one ScaledObject as ranges over every HPA timing replayed: peak replicas, seconds
/// from the load's start to the peak and to the right count, seconds from the load's end back to min. A timing
/// that never rose above min has no time back to min and is left out of that figure (all of them left out: null).
/// </summary>
public sealed record ScalingRanges(
    FigureRange PeakReplicas, FigureRange SecondsToPeak, FigureRange SecondsToRight, FigureRange SecondsBackToMin,
    int RightReplicas, int Timings, IReadOnlyList<ScalingOutcome> Outcomes)
{
    public static ScalingRanges Of(ScaledObjectRun run, DateTimeOffset loadStart, TimeSpan loadEnd, int rightReplicas) =>
        Of(run.AllTimings.Select(t => ScalingOutcome.Of(t, run.Spec.MinReplicaCount, loadStart, loadEnd, rightReplicas)).ToList(), rightReplicas);

    /// <summary>The ranges of the figures of each timing (one outcome: every range is that one value).</summary>
    public static ScalingRanges Of(IReadOnlyList<ScalingOutcome> outcomes, int rightReplicas)
    {
        static int? Seconds(TimeSpan? t) => t is { } v ? (int)Math.Round(v.TotalSeconds) : null;
        var scaled = outcomes.Where(o => o.Peak > o.Min).ToList();
        return new ScalingRanges(
            FigureRange.Of(outcomes.Select(o => (int?)o.Peak)),
            FigureRange.Of(outcomes.Select(o => Seconds(o.TimeToPeak))),
            FigureRange.Of(outcomes.Select(o => Seconds(o.TimeToRight))),
            scaled.Count == 0 ? new FigureRange(null, null, null) : FigureRange.Of(scaled.Select(o => Seconds(o.TimeBackToMin))),
            rightReplicas,
            outcomes.Count,
            outcomes);
    }

    /// <summary>The ScaledObject's minReplicaCount.</summary>
    public int MinReplicas => Outcomes.Count > 0 ? Outcomes[0].Min : 0;

    /// <summary>How long after the load's end the replay went on (what "not back to min yet" is measured against).</summary>
    public TimeSpan ObservedAfterLoad => Outcomes.Count > 0 ? Outcomes.Min(o => o.ObservedAfterLoad) : TimeSpan.Zero;
}
