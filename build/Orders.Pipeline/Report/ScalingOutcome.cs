using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Report;

/// <summary>
/// The headline figures of one ScaledObject at one HPA timing: its peak replica count, how long after the load
/// started it got there, and how long after the load ended it was back at minReplicaCount (null when not
/// within the observed window, which <see cref="ObservedAfterLoad"/> says the length of).
/// </summary>
/// <param name="TimeToRight">How long after the load started the count first reached the one the held
/// rate needs (see <see cref="RunReport.RightReplicas"/>); null if never.</param>
public sealed record ScalingOutcome(int Start, int Peak, TimeSpan? TimeToPeak, TimeSpan? TimeBackToMin, TimeSpan ObservedAfterLoad, int Min, TimeSpan? TimeToRight)
{
    /// <summary>The figures of one HPA timing's timeline (<see cref="ScalingRanges"/> gathers them over every timing).</summary>
    public static ScalingOutcome Of(IReadOnlyList<ModelStep> steps, int min, DateTimeOffset start, TimeSpan loadEnd, int rightReplicas)
    {
        var first = steps.Count > 0 ? steps[0].Replicas : min;
        var peak = steps.Count > 0 ? steps.Max(s => s.Replicas) : min;
        // Counted from the load's start: a replay whose load starts inside its range never measures a peak or
        // the right count before it (a negative time to them).
        var peakIndex = -1;
        for (var i = 0; i < steps.Count && peakIndex < 0; i++)
        {
            peakIndex = steps[i].Replicas == peak && steps[i].At >= start ? i : -1;
        }
        var peakStep = peakIndex >= 0 ? steps[peakIndex] : null;
        TimeSpan? toPeak = peak > first && peakStep is not null ? peakStep.At - start : null;
        TimeSpan? backToMin = null;
        if (peakStep is not null && peak > min)
        {
            // Searched after the peak's own step: a KEDA poll at the same instant, listed just before the HPA
            // sync that scaled up, still shows the count before it and is not "back at min".
            // Only at or after the load's end: a dip to min while the load still ran is not "back to min after
            // the load", and would read as a negative time.
            var back = steps.Skip(peakIndex + 1).FirstOrDefault(s => s.Replicas <= min && s.At >= start + loadEnd);
            backToMin = back is null ? null : back.At - start - loadEnd;
        }
        var observed = steps.Count > 0 && steps[^1].At - start > loadEnd ? steps[^1].At - start - loadEnd : TimeSpan.Zero;
        var right = steps.FirstOrDefault(s => s.Replicas >= rightReplicas && s.At >= start);
        return new ScalingOutcome(first, peak, toPeak, backToMin, observed, min, right is null ? null : right.At - start);
    }
}
