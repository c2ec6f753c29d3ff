namespace Orders.Pipeline.Scaling;

/// <summary>
/// What the model needs from a KEDA ScaledObject, with KEDA's defaults (<see cref="KedaDefaults"/>) for what it
/// leaves out. <see cref="Behavior"/> null means the ScaledObject set
/// none: KEDA then creates its HPA without one, and the HPA controller takes its legacy path.
/// </summary>
public sealed record ScaledObjectSpec(
    string Name,
    string? Namespace,
    PrometheusTrigger Trigger,
    int MinReplicaCount = KedaDefaults.MinReplicaCount,
    int MaxReplicaCount = KedaDefaults.MaxReplicaCount,
    TimeSpan? PollingInterval = null,
    TimeSpan? CooldownPeriod = null,
    HpaBehavior? Behavior = null)
{
    public TimeSpan Polling => PollingInterval ?? KedaDefaults.PollingInterval;

    public TimeSpan Cooldown => CooldownPeriod ?? KedaDefaults.CooldownPeriod;

    /// <summary>The HPA's minReplicas: KEDA sets max(minReplicaCount, 1); 0 &lt;-&gt; 1 is KEDA's own job.</summary>
    public int HpaMinReplicas => Math.Max(MinReplicaCount, 1);

    /// <summary>The replicas a steady <paramref name="rate"/> of the query needs by this ScaledObject's own measure,
    /// as the HPA computes it for an AverageValue target: ceil(value / threshold) on KEDA's milli-units, within
    /// the HPA's min..max. The "right count" every report measures against.</summary>
    public int ReplicasFor(double rate) =>
        Math.Clamp((int)Math.Ceiling(KedaQuantity.ToMilli(rate) / (double)KedaQuantity.ToMilli(Trigger.Threshold)), HpaMinReplicas, MaxReplicaCount);
}
