namespace Orders.Pipeline.Scaling;

/// <summary>One HPA reconcile: what the metric asked for (null when it was not consulted or failed), the
/// replica count after it, and why (the HPA's own condition reasons: ScaleUpLimit, ScaleDownStabilized, …).</summary>
public sealed record HpaDecision(DateTimeOffset At, int? MetricDesired, int Replicas, string Reason);
