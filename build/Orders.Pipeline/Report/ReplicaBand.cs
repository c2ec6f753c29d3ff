namespace Orders.Pipeline.Report;

/// <summary>
/// The replica counts the model gives at each second over every HPA timing: the band (lowest..highest) that a
/// real HPA's count should stay inside, whatever its timing, and the median timing's count. Null where no timing
/// had started yet.
/// </summary>
public sealed record ReplicaBand(IReadOnlyList<int?> Min, IReadOnlyList<int?> Median, IReadOnlyList<int?> Max)
{
    public static ReplicaBand Of(ScaledObjectRun run, DateTimeOffset start, int seconds)
    {
        var min = new List<int?>(seconds);
        var median = new List<int?>(seconds);
        var max = new List<int?>(seconds);
        for (var s = 0; s < seconds; s++)
        {
            var counts = run.AllTimings.Select(t => ScaledObjectRun.ReplicasAt(t, start, s)).Where(c => c is not null).Select(c => c!.Value).Order().ToList();
            min.Add(counts.Count > 0 ? counts[0] : null);
            median.Add(counts.Count > 0 ? counts[(counts.Count - 1) / 2] : null);
            max.Add(counts.Count > 0 ? counts[^1] : null);
        }
        return new ReplicaBand(min, median, max);
    }
}
