namespace Orders.Pipeline.Scaling;

/// <summary>At most <see cref="Value"/> pods (or percent of the replicas at the start of the period) may be
/// added or removed per <see cref="Period"/>.</summary>
public sealed record HpaScalingPolicy(ScalingPolicyType Type, int Value, TimeSpan Period);
