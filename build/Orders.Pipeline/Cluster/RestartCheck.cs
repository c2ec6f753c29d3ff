namespace Orders.Pipeline.Cluster;

/// <summary>Any container restart during the run fails it: a crash-looping pod can still be "ready" at the
/// moments the replicas are sampled, and a scale-down can hide it.</summary>
public static class RestartCheck
{
    public static (bool Passed, string Line) Judge(IReadOnlyList<PodRecord> pods)
    {
        var restarted = pods.Where(p => p.RestartsDuringRun > 0).ToList();
        return restarted.Count == 0
            ? (true, $"no container restarts ({pods.Count} pods)")
            : (false, $"container restarts during the run: {string.Join(", ", restarted.Select(p => $"{p.Name} {p.RestartsDuringRun}"))}: read why with kubectl logs --previous POD and kubectl describe pod POD");
    }
}
