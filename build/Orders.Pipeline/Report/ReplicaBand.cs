using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Report;

/// <summary>
/// The replica counts the model gives at each second over every HPA timing: the band (lowest..highest) that a
/// real HPA's count should stay inside, whatever its timing, and the median timing's count. Null where no timing
/// had started yet.
/// </summary>
/// <param name="SecondsPerPoint">How many seconds each entry spans: 1 for a run, more for a long replay whose
/// timeline is downsampled (<see cref="Replay.TimelineResolution"/>); Min and Max then span the whole entry.</param>
public sealed record ReplicaBand(IReadOnlyList<int?> Min, IReadOnlyList<int?> Median, IReadOnlyList<int?> Max, int SecondsPerPoint = 1)
{
    public static ReplicaBand Of(ScaledObjectRun run, DateTimeOffset start, int seconds)
    {
        // One pass per timing (its steps are in time order), so a six-hour replay stays linear.
        var perTiming = run.AllTimings.Select(t => CountsPerSecond(t, start, seconds)).ToList();
        var min = new List<int?>(seconds);
        var median = new List<int?>(seconds);
        var max = new List<int?>(seconds);
        var counts = new List<int>(perTiming.Count);
        for (var s = 0; s < seconds; s++)
        {
            counts.Clear();
            counts.AddRange(perTiming.Where(t => t[s] is not null).Select(t => t[s]!.Value));
            counts.Sort();
            min.Add(counts.Count > 0 ? counts[0] : null);
            median.Add(counts.Count > 0 ? counts[(counts.Count - 1) / 2] : null);
            max.Add(counts.Count > 0 ? counts[^1] : null);
        }
        return new ReplicaBand(min, median, max);
    }

    /// <summary>One timing's count at each second from <paramref name="start"/>: its latest step's, null before its first.</summary>
    public static int?[] CountsPerSecond(IReadOnlyList<ModelStep> steps, DateTimeOffset start, int seconds)
    {
        var counts = new int?[seconds];
        CountsPerSecond(steps, start, counts);
        return counts;
    }

    /// <summary>The same into <paramref name="counts"/> (one entry per second): a replay reuses one buffer for
    /// every timing instead of a large-object array each.</summary>
    public static void CountsPerSecond(IReadOnlyList<ModelStep> steps, DateTimeOffset start, int?[] counts)
    {
        var next = 0;
        int? current = null;
        for (var s = 0; s < counts.Length; s++)
        {
            var at = start.AddSeconds(s);
            while (next < steps.Count && steps[next].At <= at)
            {
                current = steps[next++].Replicas;
            }
            counts[s] = current;
        }
    }
}
