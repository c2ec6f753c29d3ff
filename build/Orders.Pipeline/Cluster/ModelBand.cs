using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Cluster;

/// <summary>The replica counts the model gives over every HPA timing: which counts any timing held at some
/// instant of an interval (the band a cluster's value is judged against), and when each timing reached a count.</summary>
public sealed class ModelBand(IReadOnlyList<IReadOnlyList<ModelStep>> timings, int min, DateTimeOffset start)
{
    /// <summary>The lowest and highest count any timing held at some instant in [from, to].</summary>
    public (int Low, int High) Over(TimeSpan from, TimeSpan to)
    {
        var (low, high) = (int.MaxValue, int.MinValue);
        foreach (var steps in timings)
        {
            var at = start + from;
            // The count held just before the interval, and every change within it (a change at its very start
            // still leaves the count before it inside: the interval's ends are inclusive).
            var current = steps.LastOrDefault(s => s.At < at)?.Replicas ?? min;
            (low, high) = (Math.Min(low, current), Math.Max(high, current));
            foreach (var step in steps.Where(s => s.At >= at && s.At <= start + to))
            {
                (low, high) = (Math.Min(low, step.Replicas), Math.Max(high, step.Replicas));
            }
        }
        return low == int.MaxValue ? (min, min) : (low, high);
    }

    /// <summary>When the slowest timing first held <paramref name="replicas"/> or more (null if one never did).</summary>
    public TimeSpan? SlowestTo(int replicas)
    {
        TimeSpan? slowest = TimeSpan.Zero;
        foreach (var steps in timings)
        {
            var first = steps.FirstOrDefault(s => s.Replicas >= replicas);
            if (first is null)
            {
                return null;
            }
            slowest = first.At - start > slowest ? first.At - start : slowest;
        }
        return slowest;
    }

    /// <summary>Where the model's timeline ends: samples after it are not judged against it.</summary>
    public TimeSpan Horizon => timings.Count == 0 ? TimeSpan.Zero : timings.Min(t => t.Count == 0 ? TimeSpan.Zero : t[^1].At - start);
}
