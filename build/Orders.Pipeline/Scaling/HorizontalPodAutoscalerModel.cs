namespace Orders.Pipeline.Scaling;

/// <summary>
/// The HPA controller's reconcile for KEDA's HPA (one external metric), step for step as
/// k8s pkg/controller/podautoscaler/horizontal.go does it: out-of-range counts are clamped first; otherwise
/// the metric's desired count is stabilized, then limited by the scaling policies and min/max. A failed
/// metric read scales nothing (ScalingActive=False). The clock is the caller's: each call passes "now".
/// </summary>
public sealed class HorizontalPodAutoscalerModel
{
    private readonly PrometheusTrigger _trigger;
    private readonly HpaBehavior? _behavior;
    private readonly int _minReplicas;
    private readonly int _maxReplicas;
    private readonly TimeSpan _downscaleStabilization;
    private readonly ModelVersions _versions;
    private readonly HpaTolerance _tolerance;
    private readonly RolloutSurge? _rollout;
    private readonly HpaStabilizer _stabilizer = new();
    private readonly HpaRateLimiter _limiter = new();

    /// <param name="downscaleStabilization">The controller's --horizontal-pod-autoscaler-downscale-stabilization
    /// (<see cref="KubernetesDefaults.DownscaleStabilizationWindow"/> when null), used when the scale-down window is not set.</param>
    /// <param name="versions">The Kubernetes and KEDA whose arithmetic is modelled (<see cref="ModelVersions.Default"/> when null).</param>
    /// <param name="rollout">A rollout whose surge pods <c>status.replicas</c> counts (none when null).</param>
    public HorizontalPodAutoscalerModel(
        ScaledObjectSpec spec, int initialReplicas, TimeSpan? downscaleStabilization = null, ModelVersions? versions = null, RolloutSurge? rollout = null)
    {
        _trigger = spec.Trigger;
        _behavior = spec.Behavior?.WithDefaults();
        _minReplicas = spec.HpaMinReplicas;
        _maxReplicas = spec.MaxReplicaCount;
        _downscaleStabilization = downscaleStabilization ?? KubernetesDefaults.DownscaleStabilizationWindow;
        _versions = versions ?? ModelVersions.Default;
        _tolerance = HpaTolerance.For(_versions, _behavior);
        _rollout = rollout;
        Replicas = initialReplicas;
    }

    /// <summary>The Deployment's replica count as the model has set it (KEDA's 0 &lt;-&gt; 1 included).</summary>
    public int Replicas { get; set; }

    public HpaDecision Reconcile(DateTimeOffset now, MetricReading reading)
    {
        var current = Replicas;
        _stabilizer.RecordInitial(current, now);
        int desired;
        int? metricDesired = null;
        string reason;
        if (current == 0)
        {
            return new HpaDecision(now, null, 0, "ScalingDisabled");
        }
        if (current > _maxReplicas)
        {
            (desired, reason) = (_maxReplicas, "AboveMaxReplicas");
        }
        else if (current < _minReplicas)
        {
            (desired, reason) = (_minReplicas, "BelowMinReplicas");
        }
        else
        {
            if (reading.Value is not { } value)
            {
                return new HpaDecision(now, null, current, "FailedGetExternalMetric: " + reading.Error);
            }
            var status = _rollout?.StatusReplicas(now, current) ?? current;
            metricDesired = HpaReplicaCalculator.DesiredReplicas(_trigger.MetricType, value, _trigger.Threshold, current, status, _tolerance, _versions);
            (desired, reason) = Normalize(now, current, metricDesired.Value);
        }
        if (desired != current)
        {
            if (_behavior is not null)
            {
                _limiter.Store(now, current, desired, _behavior);
            }
            Replicas = desired;
        }
        return new HpaDecision(now, metricDesired, desired, reason);
    }

    /// <summary>The controller's normalizeDesiredReplicas[WithBehaviors] for the metric's recommendation:
    /// stabilization, then the scaling policies and min/max; the reason is the condition the HPA would report.</summary>
    internal (int Replicas, string Reason) Normalize(DateTimeOffset now, int current, int desired) => _behavior is null
        ? NormalizeLegacy(now, current, desired)
        : NormalizeWithBehavior(now, current, desired, _behavior);

    /// <summary>The scale events the policies count (the controller's scaleUpEvents / scaleDownEvents).</summary>
    internal HpaRateLimiter Limiter => _limiter;

    private (int, string) NormalizeWithBehavior(DateTimeOffset now, int current, int desired, HpaBehavior rules)
    {
        var downWindow = rules.ScaleDown!.StabilizationWindow ?? _downscaleStabilization;
        var stabilized = _stabilizer.WithBehavior(now, current, desired, rules.ScaleUp!.StabilizationWindow ?? TimeSpan.Zero, downWindow);
        var reason = stabilized != desired ? (desired >= current ? "ScaleUpStabilized" : "ScaleDownStabilized") : "DesiredWithinRange";
        if (stabilized > current)
        {
            var limit = Math.Max(_limiter.ScaleUpLimit(now, current, rules.ScaleUp), current);
            var allowed = Math.Min(_maxReplicas, limit);
            if (stabilized > allowed)
            {
                return (allowed, limit < _maxReplicas ? "ScaleUpLimit" : "TooManyReplicas");
            }
        }
        else if (stabilized < current)
        {
            var limit = Math.Min(_limiter.ScaleDownLimit(now, current, rules.ScaleDown), current);
            var allowed = Math.Max(_minReplicas, limit);
            if (stabilized < allowed)
            {
                return (allowed, limit > _minReplicas ? "ScaleDownLimit" : "TooFewReplicas");
            }
        }
        return (stabilized, reason);
    }

    /// <summary>No behavior on the HPA: max of the downscale window, then at most max(2 × current, 4), then min/max.</summary>
    private (int, string) NormalizeLegacy(DateTimeOffset now, int current, int desired)
    {
        var stabilized = _stabilizer.Legacy(now, desired, _downscaleStabilization);
        var reason = stabilized != desired ? "ScaleDownStabilized" : "DesiredWithinRange";
        var scaleUpLimit = Math.Max(2 * current, 4);
        var allowed = Math.Min(_maxReplicas, scaleUpLimit);
        if (stabilized < _minReplicas)
        {
            return (_minReplicas, "TooFewReplicas");
        }
        if (stabilized > allowed)
        {
            return (allowed, scaleUpLimit < _maxReplicas ? "ScaleUpLimit" : "TooManyReplicas");
        }
        return (stabilized, reason);
    }
}
