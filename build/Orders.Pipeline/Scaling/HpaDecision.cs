namespace Orders.Pipeline.Scaling;

/// <summary>One HPA reconcile: what the metrics asked for (the largest valid proposal; null when they were not
/// consulted or failed), the replica count after it, and why (the HPA's own condition reasons: ScaleUpLimit,
/// ScaleDownStabilized, …). <see cref="Metric"/> is the index of the metric that decided (the largest proposal),
/// or of the first invalid one when the reconcile failed on invalid metrics.</summary>
public sealed record HpaDecision(DateTimeOffset At, int? MetricDesired, int Replicas, string Reason, int Metric = 0);
