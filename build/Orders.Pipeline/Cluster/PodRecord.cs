namespace Orders.Pipeline.Cluster;

/// <summary>
/// One pod of the Deployment as the run saw it (<c>kubectl get pods -o json</c>), seconds from the load's start:
/// when its PodScheduled and Ready conditions turned True (their lastTransitionTime), and its containers'
/// restarts when first and last seen. A pod that already existed when sampling began brings its old restarts
/// along in <see cref="RestartsBefore"/>; only the ones after that count against the run.
/// </summary>
public sealed record PodRecord(string Name, double? ScheduledSeconds, double? ReadySeconds, int RestartsBefore, int RestartsLast)
{
    public int RestartsDuringRun => Math.Max(0, RestartsLast - RestartsBefore);

    /// <summary>PodScheduled -> Ready: image pull, container start and readiness probe, as this cluster took them.</summary>
    public double? StartSeconds => ScheduledSeconds is { } s && ReadySeconds is { } r && r >= s ? r - s : null;
}
