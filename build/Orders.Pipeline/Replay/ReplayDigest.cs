using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Replay;

/// <summary>
/// Replays a ScaledObject at every HPA timing and digests each timing's timeline as soon as the model has made it
/// (its step figures, its history figures, its share of the band and of the fallback periods), then lets it go:
/// memory holds one timeline at a time whatever the number of timings (issue 24: a week at 15 s took 1.1 GB when
/// all fifteen were kept).
/// </summary>
public static class ReplayDigest
{
    public static ReplayedScaledObject Of(
        string label, string source, ScaledObjectSpec spec, IReadOnlyList<IReadOnlyList<MetricReading>> perTrigger, double?[] values, DateTimeOffset start, TimeSpan step,
        int seconds, LoadWindow load, int rightReplicas, ModelVersions versions)
    {
        // values: the first HPA metric's (FirstMetricValues: the first trigger's query, or the scalingModifiers
        // composite), computed once by the caller, which also takes the right count from them.
        var need = CapacityNeed.Of(spec, values, versions);
        // A second's reading is the step's in force then, as the model reads it (an instant between two takes the earlier).
        int NeedAt(int second)
        {
            var index = second * TimeSpan.TicksPerSecond / step.Ticks;
            return index < need.Length ? need[index] : CapacityNeed.Unknown;
        }
        var band = new BandBuckets(start, seconds, TimelineResolution.For(seconds));
        var fallback = new bool[seconds];
        var outcomes = new List<ScalingOutcome>();
        var history = new List<HistoryOutcome>();
        var timingsInForce = 0;
        var counts = new int?[seconds];
        IEnumerable<IReadOnlyList<ModelStep>> timings = perTrigger[0].Count == 0 ? [[]] : ScalingTimings.Each(spec, perTrigger, start, step, versions: versions);
        foreach (var steps in timings)
        {
            // Times from a start or to an end the range does not hold are not figures (issue 24's "after 32655 s").
            var outcome = ScalingOutcome.Of(steps, spec.MinReplicaCount, load.Start, load.End - load.Start, rightReplicas);
            outcomes.Add(outcome with
            {
                TimeToPeak = load.HasStart ? outcome.TimeToPeak : null,
                TimeToRight = load.HasStart ? outcome.TimeToRight : null,
                TimeBackToMin = load.HasEnd ? outcome.TimeBackToMin : null,
            });
            ReplicaBand.CountsPerSecond(steps, start, counts);
            history.Add(HistoryOutcome.Of(steps, counts, NeedAt, spec.MaxReplicaCount));
            band.Add(counts);
            timingsInForce += FallbackPeriods.Mark(steps, start, fallback) ? 1 : 0;
        }
        return new ReplayedScaledObject(label, source, spec, versions, values, outcomes.Count,
            ScalingRanges.Of(outcomes, rightReplicas), HistoryRanges.Of(history, seconds), band.Band(),
            FallbackPeriods.From(spec.Fallback, fallback, outcomes.Count, timingsInForce));
    }
}
