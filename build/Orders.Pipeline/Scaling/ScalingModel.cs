namespace Orders.Pipeline.Scaling;

/// <summary>
/// KEDA and its HPA together, for one ScaledObject with a prometheus trigger. Two loops, as in a cluster:
/// KEDA's operator polls the trigger every pollingInterval and only decides activation (value &gt;
/// activationThreshold): 0 -&gt; max(min, 1) when active, back to 0 after cooldownPeriod inactive, and only
/// when minReplicaCount is 0. The HPA syncs every <see cref="KubernetesDefaults.HpaSyncPeriod"/> and asks KEDA's metrics server for the value, which
/// queries Prometheus afresh at that moment (or returns the last poll's value when the trigger sets
/// useCachedMetrics). Both reads go through KEDA's fallback (<see cref="FallbackHealth"/>) when the ScaledObject
/// has one. The caller owns the clock: each call reads "now" from the <see cref="TimeProvider"/>.
/// </summary>
public sealed class ScalingModel
{
    private readonly ScaledObjectSpec _spec;
    private readonly TimeProvider _clock;
    private readonly HorizontalPodAutoscalerModel _hpa;
    private readonly FallbackHealth _health;
    private MetricReading? _lastPoll;
    private DateTimeOffset? _lastActive;

    public ScalingModel(
        ScaledObjectSpec spec, TimeProvider clock, int? initialReplicas = null, TimeSpan? downscaleStabilization = null,
        ModelVersions? versions = null, RolloutSurge? rollout = null)
    {
        _spec = spec;
        _clock = clock;
        _hpa = new HorizontalPodAutoscalerModel(spec, initialReplicas ?? spec.MinReplicaCount, downscaleStabilization, versions, rollout);
        _health = new FallbackHealth(spec);
        _lastActive = clock.GetUtcNow();
    }

    public ScaledObjectSpec Spec => _spec;

    public int Replicas => _hpa.Replicas;

    public bool Active { get; private set; }

    /// <summary>KEDA's condition Fallback=True after the last read.</summary>
    public bool FallbackInForce => _health.InForce;

    /// <summary>KEDA's poll of the trigger: activation and the 0 &lt;-&gt; 1 step.</summary>
    public ModelStep PollKeda(MetricReading reading)
    {
        var now = _clock.GetUtcNow();
        // KEDA caches the record after fallback processing (scale_handler.go getScalerState L1005-1011).
        reading = _health.Read(reading, _hpa.Replicas);
        _lastPoll = reading;
        if (reading.Value is not { } value)
        {
            // A scaler error: KEDA neither activates nor scales to zero on it.
            return Step(now, "keda", reading, null, "KEDAScalerFailed: " + reading.Error);
        }
        // A trigger on fallback counts as active (scale_handler.go isActiveOrFallback L1002-1003).
        Active = _health.InForce || value > _spec.Trigger.ActivationThreshold;
        var reason = _health.InForce ? "FallbackActive" : Active ? "Active" : "NotActive";
        if (Active)
        {
            _lastActive = now;
            if (_hpa.Replicas == 0)
            {
                _hpa.Replicas = _spec.HpaMinReplicas;
                reason = "ScaledFromZero";
            }
        }
        else if (_spec.MinReplicaCount == 0 && _hpa.Replicas > 0 && _lastActive + _spec.Cooldown < now)
        {
            _hpa.Replicas = 0;
            reason = "ScaledToZeroAfterCooldown";
        }
        return Step(now, "keda", reading, null, reason);
    }

    /// <summary>The HPA's sync: <paramref name="fresh"/> is the metrics server's answer now.</summary>
    public ModelStep SyncHpa(MetricReading fresh)
    {
        var cachedOrFresh = _spec.Trigger.UseCachedMetrics && _lastPoll is not null ? _lastPoll : fresh;
        // Each HPA request is one more read through the fallback, counted like a poll (fallback.go L115-175). At 0
        // replicas KEDA's HPA is disabled and sends none: only KEDA's own poll counts then (keda-advanced.md §a).
        var reading = _hpa.Replicas == 0 ? cachedOrFresh : _health.Read(cachedOrFresh, _hpa.Replicas);
        var decision = _hpa.Reconcile(_clock.GetUtcNow(), reading);
        return Step(decision.At, "hpa", reading, decision.MetricDesired, decision.Reason);
    }

    private ModelStep Step(DateTimeOffset now, string loop, MetricReading reading, int? desired, string reason) =>
        new(now, loop, reading, Active, desired, _hpa.Replicas, reason, _health.InForce);
}
