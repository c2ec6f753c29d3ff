namespace Orders.Pipeline.Scaling;

/// <summary>
/// The HPA controller's reconcile for KEDA's HPA (its external metrics: one per trigger, or the composite one),
/// step for step as k8s pkg/controller/podautoscaler/horizontal.go does it: out-of-range counts are clamped first;
/// otherwise each metric proposes a count (<c>computeReplicasForMetrics</c>), the largest valid proposal is
/// stabilized, then limited by the scaling policies and min/max. Invalid metrics (a failed read) scale nothing when
/// all are invalid, or when some are and the largest valid proposal is below the current count: one broken trigger
/// blocks scale-down but not scale-up (ScalingActive=False). The clock is the caller's: each call passes "now".
/// </summary>
public sealed class HorizontalPodAutoscalerModel
{
    private readonly IReadOnlyList<HpaMetric> _metrics;
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
        _metrics = spec.Metrics;
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

    /// <summary>The reconcile of a ScaledObject with one metric (one trigger, or scalingModifiers): <paramref name="reading"/> is it.</summary>
    /// <exception cref="ArgumentException">The spec has several metrics: use <see cref="Reconcile(DateTimeOffset, IReadOnlyList{MetricReading})"/>.</exception>
    public HpaDecision Reconcile(DateTimeOffset now, MetricReading reading) => Reconcile(now, [reading]);

    /// <param name="readings">One reading per metric of <see cref="ScaledObjectSpec.Metrics"/>, in its order.</param>
    public HpaDecision Reconcile(DateTimeOffset now, IReadOnlyList<MetricReading> readings)
    {
        if (readings.Count != _metrics.Count)
        {
            throw new ArgumentException($"{readings.Count} readings for {_metrics.Count} metrics ({string.Join(", ", _metrics.Select(m => m.Name))}).", nameof(readings));
        }
        var current = Replicas;
        _stabilizer.RecordInitial(current, now);
        int desired;
        int? metricDesired = null;
        var decisive = 0;
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
            var status = _rollout?.StatusReplicas(now, current) ?? current;
            var (proposal, metric, invalid) = ComputeReplicasForMetrics(readings, current, status);
            if (invalid is { } failed)
            {
                return new HpaDecision(now, null, current, "FailedGetExternalMetric: " + failed, metric);
            }
            (metricDesired, decisive) = (proposal, metric);
            (desired, reason) = Normalize(now, current, proposal);
        }
        if (desired != current)
        {
            if (_behavior is not null)
            {
                _limiter.Store(now, current, desired, _behavior);
            }
            Replicas = desired;
        }
        return new HpaDecision(now, metricDesired, desired, reason, decisive);
    }

    /// <summary>horizontal.go <c>computeReplicasForMetrics</c>: a proposal per metric, the largest kept (the first of
    /// equals); the error when every metric is invalid, or some are and the largest proposal is below the spec's
    /// count (<c>invalidMetricsCount &gt; 0 &amp;&amp; replicas &lt; specReplicas</c>).</summary>
    private (int Proposal, int Metric, string? Invalid) ComputeReplicasForMetrics(IReadOnlyList<MetricReading> readings, int current, int status)
    {
        var (replicas, metric, invalidCount, firstInvalid, firstError) = (0, 0, 0, -1, (string?)null);
        for (var i = 0; i < readings.Count; i++)
        {
            if (readings[i].Value is not { } value)
            {
                if (invalidCount++ == 0)
                {
                    (firstInvalid, firstError) = (i, readings[i].Error);
                }
                continue;
            }
            var proposal = HpaReplicaCalculator.DesiredReplicas(_metrics[i], value, current, status, _tolerance, _versions);
            if (replicas == 0 || proposal > replicas)
            {
                (replicas, metric) = (proposal, i);
            }
        }
        if (invalidCount >= readings.Count || (invalidCount > 0 && replicas < current))
        {
            var error = readings.Count == 1 ? firstError : $"invalid metrics ({invalidCount} invalid out of {readings.Count}), first error is: {firstError}";
            return (0, firstInvalid, error);
        }
        return (replicas, metric, null);
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
