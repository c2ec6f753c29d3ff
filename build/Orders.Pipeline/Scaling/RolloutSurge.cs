namespace Orders.Pipeline.Scaling;

/// <summary>
/// A Deployment rollout during the modelled run: from <see cref="Start"/> for <see cref="Duration"/> the scale
/// subresource's <c>status.replicas</c> (every pod of the old and new ReplicaSets) is the spec's count plus
/// <see cref="Surge"/>, the strategy's maxSurge (default 25 %, rounded up: 1 pod at 2-4 replicas). The HPA divides
/// an AverageValue metric by <c>status.replicas</c> and keeps that count when the ratio is within tolerance
/// (horizontal.go computeStatusForExternalMetric -> GetExternalPerPodMetricReplicas(statusReplicas, ...)), so a
/// rollout can raise the count by the surge: 4 pods held at 43/s read 43/50 = 0.86 during it and ask for 5.
/// </summary>
public sealed record RolloutSurge(DateTimeOffset Start, TimeSpan Duration, int Surge)
{
    public int StatusReplicas(DateTimeOffset now, int specReplicas) =>
        specReplicas > 0 && now >= Start && now < Start + Duration ? specReplicas + Surge : specReplicas;
}
