namespace Orders.Pipeline.Scaling;

/// <summary>
/// A ScaledObject's <c>spec.fallback</c> and the metric KEDA 2.20 answers with once it is in force
/// (kedacore/keda v2.20.2 pkg/fallback/fallback.go <c>doFallback</c> L243-318).
/// </summary>
public sealed record KedaFallback(int FailureThreshold, int Replicas, FallbackBehavior Behavior = FallbackBehavior.Static)
{
    /// <summary>
    /// In force on the read where the consecutive failures are strictly more than the threshold
    /// (fallback.go L144: <c>NumberOfFailures &gt; FailureThreshold</c>): threshold 3 falls back on the 4th failure.
    /// </summary>
    public bool InForceAfter(int consecutiveFailures) => consecutiveFailures > FailureThreshold;

    /// <summary>The behavior as the manifest spells it (camelCase).</summary>
    public string BehaviorName => char.ToLowerInvariant(Behavior.ToString()[0]) + Behavior.ToString()[1..];

    /// <summary>The replica count the behavior picks from <paramref name="current"/> (doFallback's switch).</summary>
    public int ReplicasFrom(int current) => Behavior switch
    {
        FallbackBehavior.CurrentReplicas => current,
        FallbackBehavior.CurrentReplicasIfHigher => Math.Max(current, Replicas),
        FallbackBehavior.CurrentReplicasIfLower => Math.Min(current, Replicas),
        _ => Replicas,
    };

    /// <summary>
    /// The value KEDA hands the HPA: <c>NewMilliQuantity(int64(target * 1000 * replicas))</c>, the product truncated
    /// toward zero, where target is the metric's (the trigger's threshold, or scalingModifiers' target with its type:
    /// the composite's fallback, pkg/scaling/modifiers/formula.go <c>HandleScalingModifiers</c>) and, for <c>metricType: Value</c>, replicas is divided
    /// by the ready pods (<paramref name="readyPods"/>; 0 makes KEDA fail the read: "error performing fallback").
    /// The HPA turns it back into ceil(value / threshold) = the behavior's count for AverageValue.
    /// </summary>
    /// <returns>The value in units (milli-units / 1000), or null when KEDA could not produce one.</returns>
    public double? MetricValue(HpaMetric metric, int current, int readyPods)
    {
        double replicas = ReplicasFrom(current);
        if (metric.Type == MetricTargetType.Value)
        {
            if (readyPods <= 0)
            {
                return null;
            }
            replicas /= readyPods;
        }
        var milli = (long)Math.Truncate(metric.Target * 1000 * replicas);
        return milli / 1000.0;
    }
}
