namespace Orders.Pipeline.Cluster;

/// <summary>What the cluster showed at one instant (every <see cref="ClusterVerb.SampleEvery"/>): the Deployment's ready replicas, KEDA's HPA's
/// current and desired replicas, the ScaledObject's Ready/Active conditions, and the query's value; its Fallback
/// condition is read for <see cref="SettledStart"/> only (not recorded).</summary>
public sealed record ClusterSample(
    DateTimeOffset At,
    int? ReadyReplicas,
    int? HpaCurrent,
    int? HpaDesired,
    string? ScaledObjectReady,
    string? ScaledObjectActive,
    double? QueryValue,
    string? Error,
    string? ScaledObjectFallback = null);
