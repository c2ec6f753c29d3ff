namespace Orders.Pipeline.Cluster;

/// <summary>
/// LoadTest's start line: the Deployment at minReplicaCount ready pods, KEDA's HPA asking for no more, and the
/// ScaledObject not on its fallback. Right after a first Deploy none of that may hold yet: until Prometheus has
/// scraped the new pods twice the query is empty, KEDA counts that as a failure, and after failureThreshold (3,
/// ~20-45 s) it falls back to 6 replicas, which the HPA then keeps until its scale-down window has passed. A slow
/// image pull is enough. A load started then would be judged on a scale-up that had already happened. Not fixed
/// by a larger failureThreshold: that would keep the count frozen longer in every real outage, to spare one
/// measurement a wait. Waiting costs a first run the scale-down window at most; a settled cluster, one read.
/// </summary>
public sealed class SettledStart(KubectlStatus status, int minReplicas, TimeProvider time, TextWriter output)
{
    public async Task WaitAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + limit;
        var said = false;
        while (true)
        {
            var sample = await status.ReadAsync(time.GetUtcNow(), null, cancellationToken);
            var unsettled = Unsettled(sample);
            if (unsettled is null)
            {
                if (said)
                {
                    output.WriteLine($"settled: {minReplicas} ready replicas, no fallback; starting the load.");
                }
                return;
            }
            if (time.GetUtcNow() >= deadline)
            {
                throw new InvalidOperationException(
                    $"LoadTest did not start: after {limit.TotalSeconds:0} s {unsettled}. A load now would be judged on a scaling that had already happened. "
                    + "If the ScaledObject is on its fallback, KEDA cannot read its query: run ./build.sh --target=Smoke to see whether Prometheus has the exporter's series; "
                    + "otherwise wait for the HPA to scale down and run LoadTest again, or give it longer with --wait-timeout.");
            }
            if (!said)
            {
                output.WriteLine($"waiting for the start line ({unsettled}), at most {limit.TotalSeconds:0} s...");
                said = true;
            }
            await Task.Delay(ClusterVerb.SampleEvery, time, cancellationToken);
        }
    }

    private string? Unsettled(ClusterSample sample) => sample switch
    {
        { Error: { } error } => $"the cluster's status could not be read ({error})",
        { ScaledObjectFallback: "True" } => "the ScaledObject is on its fallback (condition Fallback=True)",
        { ReadyReplicas: var ready } when ready != minReplicas => $"{ready?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no"} ready replicas, not minReplicaCount {minReplicas}",
        { HpaDesired: null } => "KEDA's HPA reports no desired replica count yet",
        { HpaDesired: var desired } when desired > minReplicas => $"the HPA wants {desired} replicas, more than minReplicaCount {minReplicas}",
        _ => null,
    };
}
