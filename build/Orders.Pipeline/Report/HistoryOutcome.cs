using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Report;

/// <summary>
/// What one HPA timing's replicas cost and missed over the whole range, second by second: replica-seconds (the
/// cost), seconds with fewer replicas than the value needed (<see cref="CapacityNeed"/>), replica-seconds beyond
/// it, how often the count changed, and seconds at maxReplicaCount. Seconds before the timing's first sync (no
/// count yet) and seconds whose need is unknown (no value) are left out of the capacity figures; every figure is a
/// count or a sum of non-negative terms, so none can be negative.
/// </summary>
public sealed record HistoryOutcome(
    long Seconds, long ReplicaSeconds, long KnownSeconds, long UnderSeconds, long ReplicaSecondsAboveNeed, int ScaleEvents, long SecondsAtMax)
{
    /// <param name="needAt">The replicas needed at a second of the range, or <see cref="CapacityNeed.Unknown"/>.</param>
    public static HistoryOutcome Of(IReadOnlyList<ModelStep> steps, DateTimeOffset start, int seconds, Func<int, int> needAt, int maxReplicas) =>
        Of(steps, ReplicaBand.CountsPerSecond(steps, start, seconds), needAt, maxReplicas);

    /// <param name="counts">The timing's count at each second (<see cref="ReplicaBand.CountsPerSecond(IReadOnlyList{ModelStep}, DateTimeOffset, int?[])"/>).</param>
    public static HistoryOutcome Of(IReadOnlyList<ModelStep> steps, int?[] counts, Func<int, int> needAt, int maxReplicas)
    {
        long counted = 0, replicaSeconds = 0, known = 0, under = 0, above = 0, atMax = 0;
        for (var s = 0; s < counts.Length; s++)
        {
            if (counts[s] is not { } count)
            {
                continue;
            }
            counted++;
            replicaSeconds += count;
            atMax += count >= maxReplicas ? 1 : 0;
            var need = needAt(s);
            if (need == CapacityNeed.Unknown)
            {
                continue;
            }
            known++;
            under += count < need ? 1 : 0;
            above += Math.Max(0, count - need);
        }
        var events = 0;
        for (var i = 1; i < steps.Count; i++)
        {
            events += steps[i].Replicas != steps[i - 1].Replicas ? 1 : 0;
        }
        return new HistoryOutcome(counted, replicaSeconds, known, under, above, events, atMax);
    }
}
