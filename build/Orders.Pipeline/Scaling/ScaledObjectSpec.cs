namespace Orders.Pipeline.Scaling;

/// <summary>
/// What the model needs from a KEDA ScaledObject, with KEDA's defaults (<see cref="KedaDefaults"/>) for what it
/// leaves out. <see cref="Behavior"/> null means the ScaledObject set
/// none: KEDA then creates its HPA without one, and the HPA controller takes its legacy path. <see cref="Fallback"/>
/// null means no <c>spec.fallback</c>: a failed read then reaches the HPA as an error, however long it lasts.
/// </summary>
public sealed record ScaledObjectSpec(
    string Name,
    string? Namespace,
    PrometheusTrigger Trigger,
    int MinReplicaCount = KedaDefaults.MinReplicaCount,
    int MaxReplicaCount = KedaDefaults.MaxReplicaCount,
    TimeSpan? PollingInterval = null,
    TimeSpan? CooldownPeriod = null,
    HpaBehavior? Behavior = null,
    KedaFallback? Fallback = null)
{
    public TimeSpan Polling => PollingInterval ?? KedaDefaults.PollingInterval;

    public TimeSpan Cooldown => CooldownPeriod ?? KedaDefaults.CooldownPeriod;

    /// <summary>The HPA's minReplicas: KEDA sets max(minReplicaCount, 1); 0 &lt;-&gt; 1 is KEDA's own job.</summary>
    public int HpaMinReplicas => Math.Max(MinReplicaCount, 1);

    /// <summary>
    /// The "right count" every report measures against: the lowest replica count the HPA holds at a steady
    /// <paramref name="rate"/> of the query. Rising from min while the reading climbs toward the rate, the HPA stops
    /// at the first count whose ratio is within the tolerance, which can be below ceil(rate / threshold): at 44/s
    /// against 10 per pod, 4 pods read a ratio of 1.1 and Kubernetes 1.33+ holds 4, where 1.32 asks for 5. So the
    /// right count is the lowest n from the HPA's min whose <see cref="ReplicasFor(double, int, ModelVersions?)"/> is n.
    /// </summary>
    public int ReplicasFor(double rate, ModelVersions? versions = null)
    {
        for (var n = HpaMinReplicas; n < MaxReplicaCount; n++)
        {
            if (Holds(rate, n, versions))
            {
                return n;
            }
        }
        return MaxReplicaCount;
    }

    /// <summary>True when the HPA keeps <paramref name="replicas"/> at a steady <paramref name="rate"/>. More than one
    /// count can hold: at 44/s both 4 (ratio 1.1, within) and 5 (0.88, whose ceil(4.4) is 5 again) do, so a step
    /// straight from min to 5 is as right as a climb that stops at 4; a judge of "exactly right" asks this.</summary>
    public bool Holds(double rate, int replicas, ModelVersions? versions = null) => ReplicasFor(rate, replicas, versions) == replicas;

    /// <summary>What the HPA asks for from <paramref name="current"/> replicas at a steady <paramref name="rate"/>
    /// (no rollout: status.replicas is the current count), tolerance included, within its min..max.</summary>
    public int ReplicasFor(double rate, int current, ModelVersions? versions = null)
    {
        var modelled = versions ?? ModelVersions.Default;
        var tolerance = HpaTolerance.For(modelled, Behavior?.WithDefaults());
        var desired = HpaReplicaCalculator.DesiredReplicas(Trigger.MetricType, rate, Trigger.Threshold, current, current, tolerance, modelled);
        return Math.Clamp(desired, HpaMinReplicas, MaxReplicaCount);
    }
}
