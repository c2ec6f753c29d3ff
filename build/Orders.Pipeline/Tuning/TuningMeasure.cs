using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tuning;

/// <summary>
/// What the study reads off one replayed timeline (one HPA timing of one recorded series): after a step, how
/// long until the count was right and whether it overshot; under a steady load, how often the count changed.
/// </summary>
public static class TuningMeasure
{
    /// <summary>Seconds from <paramref name="loadStart"/> to the first HPA sync before <paramref name="loadEnd"/> that
    /// left exactly a right count (<paramref name="isRight"/>: one the HPA holds at the load's rate, tolerance
    /// included); null if none did. A timing that overshoots to 6 is not right until it comes back to 5, two minutes
    /// of stabilization later if the readings allow; passing 5 on the way down after the load is not reaching it.</summary>
    public static int? SecondsToRight(IReadOnlyList<ModelStep> steps, DateTimeOffset loadStart, DateTimeOffset loadEnd, Func<int, bool> isRight) =>
        steps.FirstOrDefault(s => s.Loop == "hpa" && s.At >= loadStart && s.At < loadEnd && isRight(s.Replicas)) is { } hit
            ? (int)Math.Round((hit.At - loadStart).TotalSeconds)
            : null;

    /// <summary>The highest count between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static int Peak(IReadOnlyList<ModelStep> steps, DateTimeOffset from, DateTimeOffset to) =>
        steps.Where(s => s.At >= from && s.At < to).Select(s => s.Replicas).DefaultIfEmpty(0).Max();

    /// <summary>How many HPA syncs between <paramref name="from"/> and <paramref name="to"/> changed the
    /// count (the count in force at <paramref name="from"/> is the first one compared).</summary>
    public static int Changes(IReadOnlyList<ModelStep> steps, DateTimeOffset from, DateTimeOffset to)
    {
        var syncs = steps.Where(s => s.Loop == "hpa").ToList();
        var before = syncs.LastOrDefault(s => s.At < from);
        var current = before?.Replicas;
        var changes = 0;
        foreach (var sync in syncs.Where(s => s.At >= from && s.At < to))
        {
            if (current is { } c && sync.Replicas != c)
            {
                changes++;
            }
            current = sync.Replicas;
        }
        return changes;
    }
}
