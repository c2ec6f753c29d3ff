namespace Orders.Pipeline.Cluster;

/// <summary>
/// Gathers the pods over the run's samples (a pod removed by a scale-down is gone from later reads): the first
/// Scheduled and Ready times seen, the restarts when first seen (kept as "before" only for a pod that already
/// existed at the first read) and the most seen. Thread-safe: the sampler writes, the run reads at the end.
/// </summary>
public sealed class PodTracker
{
    private readonly Dictionary<string, (DateTimeOffset? Scheduled, DateTimeOffset? Ready, int Before, int Last)> _pods = [];
    private bool _seenAny;

    public void Observe(IReadOnlyList<PodObservation> pods)
    {
        lock (_pods)
        {
            foreach (var pod in pods)
            {
                _pods[pod.Name] = _pods.TryGetValue(pod.Name, out var known)
                    ? (known.Scheduled ?? pod.Scheduled, known.Ready ?? pod.Ready, known.Before, Math.Max(known.Last, pod.Restarts))
                    : (pod.Scheduled, pod.Ready, _seenAny ? 0 : pod.Restarts, pod.Restarts);
            }
            _seenAny = true;
        }
    }

    /// <summary>The pods with their times in seconds from <paramref name="start"/>.</summary>
    public IReadOnlyList<PodRecord> Records(DateTimeOffset start)
    {
        lock (_pods)
        {
            return _pods.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new PodRecord(p.Key,
                (p.Value.Scheduled - start)?.TotalSeconds, (p.Value.Ready - start)?.TotalSeconds, p.Value.Before, p.Value.Last)).ToList();
        }
    }
}
