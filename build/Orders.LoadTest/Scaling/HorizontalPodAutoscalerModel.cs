namespace Orders.LoadTest.Scaling;

/// <summary>
/// The HPA controller's reconcile for KEDA's HPA (one external metric), step for step as
/// k8s pkg/controller/podautoscaler/horizontal.go does it: out-of-range counts are clamped first; otherwise
/// the metric's desired count is stabilized, then limited by the scaling policies and min/max. A failed
/// metric read scales nothing (ScalingActive=False). The clock is the caller's: each call passes "now".
/// </summary>
public sealed class HorizontalPodAutoscalerModel
{
    private readonly PrometheusTrigger trigger;
    private readonly HpaBehavior? behavior;
    private readonly int minReplicas;
    private readonly int maxReplicas;
    private readonly TimeSpan downscaleStabilization;
    private readonly HpaStabilizer stabilizer = new();
    private readonly HpaRateLimiter limiter = new();

    /// <param name="downscaleStabilization">The controller's --horizontal-pod-autoscaler-downscale-stabilization
    /// (default 5 minutes), used when the scale-down window is not set.</param>
    public HorizontalPodAutoscalerModel(ScaledObjectSpec spec, int initialReplicas, TimeSpan? downscaleStabilization = null)
    {
        trigger = spec.Trigger;
        behavior = spec.Behavior?.WithDefaults();
        minReplicas = spec.HpaMinReplicas;
        maxReplicas = spec.MaxReplicaCount;
        this.downscaleStabilization = downscaleStabilization ?? TimeSpan.FromMinutes(5);
        Replicas = initialReplicas;
    }

    /// <summary>The Deployment's replica count as the model has set it (KEDA's 0 &lt;-&gt; 1 included).</summary>
    public int Replicas { get; set; }

    public HpaDecision Reconcile(DateTimeOffset now, MetricReading reading)
    {
        var current = Replicas;
        stabilizer.RecordInitial(current, now);
        int desired;
        int? metricDesired = null;
        string reason;
        if (current == 0)
        {
            return new HpaDecision(now, null, 0, "ScalingDisabled");
        }
        if (current > maxReplicas)
        {
            (desired, reason) = (maxReplicas, "AboveMaxReplicas");
        }
        else if (current < minReplicas)
        {
            (desired, reason) = (minReplicas, "BelowMinReplicas");
        }
        else
        {
            if (reading.Value is not { } value)
            {
                return new HpaDecision(now, null, current, "FailedGetExternalMetric: " + reading.Error);
            }
            var up = behavior?.ScaleUp?.Tolerance ?? HpaReplicaCalculator.DefaultTolerance;
            var down = behavior?.ScaleDown?.Tolerance ?? HpaReplicaCalculator.DefaultTolerance;
            metricDesired = HpaReplicaCalculator.DesiredReplicas(trigger.MetricType, value, trigger.Threshold, current, up, down);
            (desired, reason) = behavior is null
                ? NormalizeLegacy(now, current, metricDesired.Value)
                : NormalizeWithBehavior(now, current, metricDesired.Value, behavior);
        }
        if (desired != current)
        {
            if (behavior is not null)
            {
                limiter.Store(now, current, desired, behavior);
            }
            Replicas = desired;
        }
        return new HpaDecision(now, metricDesired, desired, reason);
    }

    private (int, string) NormalizeWithBehavior(DateTimeOffset now, int current, int desired, HpaBehavior rules)
    {
        var downWindow = rules.ScaleDown!.StabilizationWindow ?? downscaleStabilization;
        var stabilized = stabilizer.WithBehavior(now, current, desired, rules.ScaleUp!.StabilizationWindow ?? TimeSpan.Zero, downWindow);
        var reason = stabilized != desired ? (desired >= current ? "ScaleUpStabilized" : "ScaleDownStabilized") : "DesiredWithinRange";
        if (stabilized > current)
        {
            var limit = Math.Max(limiter.ScaleUpLimit(now, current, rules.ScaleUp), current);
            var allowed = Math.Min(maxReplicas, limit);
            if (stabilized > allowed)
            {
                return (allowed, limit < maxReplicas ? "ScaleUpLimit" : "TooManyReplicas");
            }
        }
        else if (stabilized < current)
        {
            var limit = Math.Min(limiter.ScaleDownLimit(now, current, rules.ScaleDown), current);
            var allowed = Math.Max(minReplicas, limit);
            if (stabilized < allowed)
            {
                return (allowed, limit > minReplicas ? "ScaleDownLimit" : "TooFewReplicas");
            }
        }
        return (stabilized, reason);
    }

    /// <summary>No behavior on the HPA: max of the downscale window, then at most max(2 × current, 4), then min/max.</summary>
    private (int, string) NormalizeLegacy(DateTimeOffset now, int current, int desired)
    {
        var stabilized = stabilizer.Legacy(now, desired, downscaleStabilization);
        var reason = stabilized != desired ? "ScaleDownStabilized" : "DesiredWithinRange";
        var scaleUpLimit = Math.Max(2 * current, 4);
        var allowed = Math.Min(maxReplicas, scaleUpLimit);
        if (stabilized < minReplicas)
        {
            return (minReplicas, "TooFewReplicas");
        }
        if (stabilized > allowed)
        {
            return (allowed, scaleUpLimit < maxReplicas ? "ScaleUpLimit" : "TooManyReplicas");
        }
        return (stabilized, reason);
    }
}
