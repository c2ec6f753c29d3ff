namespace Orders.Pipeline.Scaling;

/// <summary>
/// The HPA's replica count for one external metric (k8s replica_calculator.go). Values travel as
/// milli-units, rounded as KEDA rounds them (<see cref="KedaQuantity"/>): the value and the threshold alike.
/// AverageValue: keep the current count while usage / (target × current) is within the tolerance, else
/// ceil(usage / target). Value: the same ratio without the division by the replica count, times the ready pods.
/// </summary>
public static class HpaReplicaCalculator
{
    public static long ToMilli(double value) => KedaQuantity.ToMilli(value);

    public static int DesiredReplicas(
        MetricTargetType type, double metricValue, double threshold, int currentReplicas,
        double scaleUpTolerance = KubernetesDefaults.Tolerance, double scaleDownTolerance = KubernetesDefaults.Tolerance)
    {
        var usage = (double)ToMilli(metricValue);
        var target = (double)ToMilli(threshold);
        if (target <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be more than 0.001.");
        }
        if (type == MetricTargetType.AverageValue)
        {
            var ratio = usage / (target * currentReplicas);
            return IsWithin(ratio, scaleUpTolerance, scaleDownTolerance)
                ? currentReplicas
                : (int)Math.Ceiling(usage / target);
        }
        var usageRatio = usage / target;
        if (currentReplicas == 0)
        {
            return (int)Math.Ceiling(usageRatio);
        }
        // The model's pods are all ready, so the ready pod count is the current replica count.
        return IsWithin(usageRatio, scaleUpTolerance, scaleDownTolerance)
            ? currentReplicas
            : (int)Math.Ceiling(usageRatio * currentReplicas);
    }

    /// <summary>k8s tolerances.isWithin: 1 - down &lt;= ratio &lt;= 1 + up, i.e. |ratio - 1| &lt;= <see cref="KubernetesDefaults.Tolerance"/> by default.</summary>
    public static bool IsWithin(double ratio, double up, double down) => 1.0 - down <= ratio && ratio <= 1.0 + up;
}
