namespace Orders.Pipeline.Scaling;

/// <summary>
/// The HPA's replica count for one external metric (kubernetes pkg/controller/podautoscaler/replica_calculator.go).
/// Values travel as milli-units as the modelled KEDA sends them (<see cref="KedaQuantity"/>): the value and the
/// threshold alike. AverageValue (GetExternalPerPodMetricReplicas): keep <c>status.replicas</c> while
/// usage / (target × status.replicas) is within the tolerance (<see cref="HpaTolerance"/>), else ceil(usage / target).
/// horizontal.go passes the scale subresource's <c>status.replicas</c> here, not the spec's count, so during a
/// rollout with maxSurge the ratio counts the surge pods too. Value (GetExternalMetricReplicas): the same ratio
/// without the division, times the ready pods (the model's are all ready: the spec's count).
/// </summary>
public static class HpaReplicaCalculator
{
    /// <summary>The default versions, no rollout, and the given tolerances in the 1.33+ form.</summary>
    public static int DesiredReplicas(
        MetricTargetType type, double metricValue, double threshold, int currentReplicas,
        double scaleUpTolerance = KubernetesDefaults.Tolerance, double scaleDownTolerance = KubernetesDefaults.Tolerance) =>
        DesiredReplicas(type, metricValue, threshold, currentReplicas, currentReplicas,
            new HpaTolerance(scaleUpTolerance, scaleDownTolerance, IsWithinForm: true), ModelVersions.Default);

    public static int DesiredReplicas(
        MetricTargetType type, double metricValue, double threshold, int specReplicas, int statusReplicas,
        HpaTolerance tolerance, ModelVersions versions) =>
        FromMilli(type, KedaQuantity.ToMilli(metricValue, versions), KedaQuantity.ToMilli(threshold, versions), threshold, specReplicas, statusReplicas, tolerance, versions);

    /// <summary>One metric of KEDA's HPA. The scalingModifiers composite travels differently from a trigger's value:
    /// KEDA sends <c>SetMilli(int64(out * 1000))</c> (pkg/scaling/modifiers/formula.go), truncated and never clamped
    /// in any 2.20 release, and its target is <c>NewMilliQuantity(int64(target * 1000))</c> (controllers/keda/hpa.go);
    /// <paramref name="metricValue"/> is then already whole milli-units (<see cref="ScalingModifiers.CompositeValue"/>).</summary>
    public static int DesiredReplicas(
        HpaMetric metric, double metricValue, int specReplicas, int statusReplicas, HpaTolerance tolerance, ModelVersions versions) =>
        metric.Name == ScalingModifiers.MetricName
            ? FromMilli(metric.Type, (long)Math.Round(metricValue * 1000), (long)Math.Truncate(metric.Target * 1000), metric.Target, specReplicas, statusReplicas, tolerance, versions)
            : DesiredReplicas(metric.Type, metricValue, metric.Target, specReplicas, statusReplicas, tolerance, versions);

    private static int FromMilli(
        MetricTargetType type, long usage, long targetMilli, double threshold, int specReplicas, int statusReplicas,
        HpaTolerance tolerance, ModelVersions versions)
    {
        var target = (double)targetMilli;
        if (target <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be more than 0.001.");
        }
        if (type == MetricTargetType.AverageValue)
        {
            if (usage < 0 && versions.ReadsNegativeSumAsOverflow)
            {
                usage = long.MaxValue; // 1.34+: "the only way we would ever get here is because of an Int64 overflow"
            }
            var ratio = usage / (target * statusReplicas);
            return tolerance.Holds(ratio) ? statusReplicas : ToInt32(Math.Ceiling(usage / target), capped: versions.ReadsNegativeSumAsOverflow);
        }
        var usageRatio = usage / target;
        var valueCapped = versions.Kubernetes >= new Version(1, 35); // kubernetes/kubernetes#126979
        if (specReplicas == 0)
        {
            return ToInt32(Math.Ceiling(usageRatio), valueCapped);
        }
        return tolerance.Holds(usageRatio) ? specReplicas : ToInt32(Math.Ceiling(usageRatio * specReplicas), valueCapped);
    }

    /// <summary>Go's int32(float64): capped at MaxInt32 where upstream added the guard (the per-pod path in 1.34,
    /// kubernetes/kubernetes#127050; the Value path in 1.35, #126979); before, amd64 turned an out-of-range value
    /// into MinInt32, which scaled to min (kubernetes/kubernetes#126892).</summary>
    private static int ToInt32(double value, bool capped)
    {
        if (value > int.MaxValue)
        {
            return capped ? int.MaxValue : int.MinValue;
        }
        return value < int.MinValue ? int.MinValue : (int)value;
    }
}
