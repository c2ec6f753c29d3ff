namespace Orders.Pipeline.Scaling;

/// <summary>
/// KEDA and its HPA together, for one ScaledObject with prometheus triggers. Two loops, as in a cluster:
/// KEDA's operator polls every trigger every pollingInterval and only decides activation
/// (pkg/scaling/scale_handler.go <c>getScaledObjectState</c>: active when any trigger's value is above its
/// activationThreshold or it is on fallback; with scalingModifiers when the composite is above activationTarget and
/// no trigger failed) and acts on it as <see cref="KedaExecutor"/> says (0 &lt;-&gt; 1, idle, cooldown). The HPA syncs
/// every <see cref="KubernetesDefaults.HpaSyncPeriod"/> and asks KEDA's metrics server for each of its metrics
/// (<see cref="ScaledObjectSpec.Metrics"/>), which queries Prometheus afresh at that moment (or returns the last
/// poll's record when the trigger sets useCachedMetrics). Every read of a trigger goes through its own fallback
/// health (<see cref="FallbackHealth"/>). The caller owns the clock: each call reads "now" from the <see cref="TimeProvider"/>.
/// </summary>
public sealed class ScalingModel
{
    private readonly ScaledObjectSpec _spec;
    private readonly TimeProvider _clock;
    private readonly HorizontalPodAutoscalerModel _hpa;
    private readonly FallbackHealth[] _health;
    private readonly ModelVersions _versions;
    private MetricReading[]? _lastPoll;
    private DateTimeOffset _lastActive;

    public ScalingModel(
        ScaledObjectSpec spec, TimeProvider clock, int? initialReplicas = null, TimeSpan? downscaleStabilization = null,
        ModelVersions? versions = null, RolloutSurge? rollout = null)
    {
        _spec = spec;
        _clock = clock;
        _versions = versions ?? ModelVersions.Default;
        _hpa = new HorizontalPodAutoscalerModel(spec, initialReplicas ?? spec.MinReplicaCount, downscaleStabilization, versions, rollout);
        var fallback = FallbackHealth.For(spec);
        var metrics = spec.Metrics;
        _health = [.. spec.Triggers.Select((_, i) => new FallbackHealth(fallback, metrics[spec.Modifiers is null ? i : 0]))];
        // KEDA would scale a target with no lastActiveTime in at once (creationTimestamp + initialCooldownPeriod 0);
        // a replay starts on a running ScaledObject, so its last activity is taken as the replay's start.
        _lastActive = clock.GetUtcNow();
    }

    public ScaledObjectSpec Spec => _spec;

    public int Replicas => _hpa.Replicas;

    public bool Active { get; private set; }

    /// <summary>KEDA's condition Fallback=True after the last read: some trigger's failures exceed the threshold.</summary>
    public bool FallbackInForce => _health.Any(h => h.InForce);

    /// <summary>KEDA's poll of a ScaledObject with one trigger.</summary>
    /// <exception cref="ArgumentException">The ScaledObject has several triggers: pass one reading per trigger.</exception>
    public ModelStep PollKeda(MetricReading reading) => PollKeda([reading]);

    /// <summary>KEDA's poll of every trigger (<paramref name="readings"/> by trigger index): activation and the
    /// 0 &lt;-&gt; 1 step.</summary>
    public ModelStep PollKeda(IReadOnlyList<MetricReading> readings)
    {
        var now = _clock.GetUtcNow();
        var (reads, applied) = ReadAll(readings, _hpa.Replicas);
        // KEDA caches the records after fallback processing (scale_handler.go getScalerState L1005-1011).
        _lastPoll = reads;
        var error = reads.Any(r => r.Value is null);
        MetricReading shown;
        if (_spec.Modifiers is { } modifiers)
        {
            shown = CompositeMetric.Read(modifiers, reads, applied, now, _versions);
            // The formula decides alone, and not at all when a trigger failed (getScaledObjectState L888-916).
            Active = !error && shown.Value > modifiers.ActivationTarget;
        }
        else
        {
            // A trigger on fallback counts as active (scale_handler.go isActiveOrFallback L1002-1003).
            var active = Enumerable.Range(0, reads.Length)
                .FirstOrDefault(i => reads[i].Value is { } v && (applied[i] || v > _spec.Triggers[i].ActivationThreshold), -1);
            Active = active >= 0;
            shown = reads[active >= 0 ? active : Array.FindIndex(reads, r => r.Value is null) is var f and >= 0 ? f : 0];
        }
        var (replicas, reason, refreshed) = KedaExecutor.RequestScale(_spec, Active, error, _hpa.Replicas, _lastActive, now);
        if (refreshed)
        {
            _lastActive = now;
        }
        _hpa.Replicas = replicas;
        if (applied.Any(a => a) && Active && reason == "Active")
        {
            reason = "FallbackActive";
        }
        else if (error && shown.Error is { } e && !reason.StartsWith("Scaled", StringComparison.Ordinal))
        {
            reason = $"KEDAScalerFailed ({reason}): {e}";
        }
        return Step(now, "keda", shown, null, reason);
    }

    /// <summary>The HPA's sync for a ScaledObject with one trigger.</summary>
    /// <exception cref="ArgumentException">The ScaledObject has several triggers: pass one reading per trigger.</exception>
    public ModelStep SyncHpa(MetricReading fresh) => SyncHpa([fresh]);

    /// <summary>The HPA's sync: <paramref name="fresh"/> is each trigger's answer now (by trigger index).</summary>
    public ModelStep SyncHpa(IReadOnlyList<MetricReading> fresh)
    {
        var source = fresh.Select((r, i) => _spec.Triggers[i].UseCachedMetrics && _lastPoll is not null ? _lastPoll[i] : r).ToArray();
        // Each HPA request is one more read through the fallback, counted like a poll (fallback.go L115-175). At 0
        // replicas KEDA's HPA is disabled and sends none: only KEDA's own poll counts then (keda-advanced.md §a).
        var (reads, applied) = _hpa.Replicas == 0 ? (source, new bool[source.Length]) : ReadAll(source, _hpa.Replicas);
        IReadOnlyList<MetricReading> metrics = _spec.Modifiers is { } modifiers
            ? [CompositeMetric.Read(modifiers, reads, applied, _clock.GetUtcNow(), _versions)]
            : reads;
        var decision = _hpa.Reconcile(_clock.GetUtcNow(), metrics);
        return Step(decision.At, "hpa", metrics[decision.Metric], decision.MetricDesired, decision.Reason);
    }

    private (MetricReading[] Reads, bool[] Applied) ReadAll(IReadOnlyList<MetricReading> readings, int current)
    {
        if (readings.Count != _health.Length)
        {
            throw new ArgumentException($"{readings.Count} readings for the {_health.Length} triggers of ScaledObject '{_spec.Name}'.", nameof(readings));
        }
        var reads = new MetricReading[readings.Count];
        var applied = new bool[readings.Count];
        for (var i = 0; i < reads.Length; i++)
        {
            reads[i] = _health[i].Read(readings[i], current);
            applied[i] = readings[i].Value is null && reads[i].Value is not null;
        }
        return (reads, applied);
    }

    private ModelStep Step(DateTimeOffset now, string loop, MetricReading reading, int? desired, string reason) =>
        new(now, loop, reading, Active, desired, _hpa.Replicas, reason, FallbackInForce);
}
