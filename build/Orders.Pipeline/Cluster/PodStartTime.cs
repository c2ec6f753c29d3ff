using System.Globalization;

namespace Orders.Pipeline.Cluster;

/// <summary>
/// How long a new pod took on this cluster, PodScheduled -> Ready from the pods' own conditions: the slowest of
/// the pods scheduled during the run (those are the scale-up's), else of every pod recorded. Null when no pod
/// shows both conditions.
/// </summary>
public sealed record PodStartTime(TimeSpan Value, string DerivedFrom)
{
    public static PodStartTime? Of(IReadOnlyList<PodRecord> pods)
    {
        var recorded = pods.Where(p => p.StartSeconds is not null).ToList();
        var fresh = recorded.Where(p => p.ScheduledSeconds >= 0).ToList();
        var used = fresh.Count > 0 ? fresh : recorded;
        if (used.Count == 0)
        {
            return null;
        }
        var slowest = used.MaxBy(p => p.StartSeconds)!;
        return new PodStartTime(TimeSpan.FromSeconds(slowest.StartSeconds!.Value), string.Create(CultureInfo.InvariantCulture,
            $"pod start {slowest.StartSeconds:0} s, the slowest PodScheduled->Ready of {used.Count} {(fresh.Count > 0 ? "pods scheduled during the run" : "pods")} ({slowest.Name})"));
    }
}
