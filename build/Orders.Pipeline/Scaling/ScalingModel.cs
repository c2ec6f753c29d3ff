namespace Orders.Pipeline.Scaling;

/// <summary>
/// KEDA and its HPA together, for one ScaledObject with a prometheus trigger. Two loops, as in a cluster:
/// KEDA's operator polls the trigger every pollingInterval and only decides activation (value &gt;
/// activationThreshold): 0 -&gt; max(min, 1) when active, back to 0 after cooldownPeriod inactive, and only
/// when minReplicaCount is 0. The HPA syncs every <see cref="KubernetesDefaults.HpaSyncPeriod"/> and asks KEDA's metrics server for the value, which
/// queries Prometheus afresh at that moment (or returns the last poll's value when the trigger sets
/// useCachedMetrics). The caller owns the clock: each call reads "now" from the <see cref="TimeProvider"/>.
/// </summary>
public sealed class ScalingModel
{
    private readonly ScaledObjectSpec _spec;
    private readonly TimeProvider _clock;
    private readonly HorizontalPodAutoscalerModel _hpa;
    private MetricReading? _lastPoll;
    private DateTimeOffset? _lastActive;

    public ScalingModel(
        ScaledObjectSpec spec, TimeProvider clock, int? initialReplicas = null, TimeSpan? downscaleStabilization = null,
        ModelVersions? versions = null, RolloutSurge? rollout = null)
    {
        _spec = spec;
        _clock = clock;
        _hpa = new HorizontalPodAutoscalerModel(spec, initialReplicas ?? spec.MinReplicaCount, downscaleStabilization, versions, rollout);
        _lastActive = clock.GetUtcNow();
    }

    public ScaledObjectSpec Spec => _spec;

    public int Replicas => _hpa.Replicas;

    public bool Active { get; private set; }

    /// <summary>KEDA's poll of the trigger: activation and the 0 &lt;-&gt; 1 step.</summary>
    public ModelStep PollKeda(MetricReading reading)
    {
        var now = _clock.GetUtcNow();
        _lastPoll = reading;
        if (reading.Value is not { } value)
        {
            // A scaler error: KEDA neither activates nor scales to zero on it.
            return Step(now, "keda", reading, null, "KEDAScalerFailed: " + reading.Error);
        }
        Active = value > _spec.Trigger.ActivationThreshold;
        var reason = Active ? "Active" : "NotActive";
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
        var reading = _spec.Trigger.UseCachedMetrics && _lastPoll is not null ? _lastPoll : fresh;
        var decision = _hpa.Reconcile(_clock.GetUtcNow(), reading);
        return Step(decision.At, "hpa", reading, decision.MetricDesired, decision.Reason);
    }

    private ModelStep Step(DateTimeOffset now, string loop, MetricReading reading, int? desired, string reason) =>
        new(now, loop, reading, Active, desired, _hpa.Replicas, reason);
}
