using Microsoft.Extensions.Time.Testing;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>Drives a <see cref="ScalingModel"/> on a fake clock: an HPA sync every 15 s (and a KEDA poll
/// before it when asked), with the metric value a function of the seconds since the start.</summary>
internal sealed class HpaHarness(ScaledObjectSpec spec, int? initialReplicas = null, ModelVersions? versions = null, RolloutSurge? rollout = null)
{
    private readonly FakeTimeProvider _clock = new(ModelSpecs.T0);

    private ScalingModel? _model;

    public List<ModelStep> Steps { get; } = [];

    /// <summary>Created on first use, so it reads the fake clock's start as its own.</summary>
    private ScalingModel Current => _model ??= new ScalingModel(spec, _clock, initialReplicas, versions: versions, rollout: rollout);

    public int Replicas => Current.Replicas;

    public double Seconds => (_clock.GetUtcNow() - ModelSpecs.T0).TotalSeconds;

    /// <summary>Syncs the HPA every <paramref name="every"/> seconds for <paramref name="forSeconds"/> seconds
    /// (the first sync now), polling KEDA first when <paramref name="poll"/> is set.</summary>
    public HpaHarness Run(double forSeconds, Func<double, double?> value, double every = 15, bool poll = false)
    {
        var end = Seconds + forSeconds;
        while (Seconds < end)
        {
            var at = _clock.GetUtcNow();
            var v = value(Seconds);
            var reading = v is { } x ? MetricReading.Ok(at, x, x) : MetricReading.Failed(at, "prometheus is down");
            if (poll)
            {
                Steps.Add(Current.PollKeda(reading));
            }
            Steps.Add(Current.SyncHpa(reading));
            _clock.Advance(TimeSpan.FromSeconds(every));
        }
        return this;
    }

    /// <summary>The replica count after each HPA sync, in order.</summary>
    public IReadOnlyList<int> HpaReplicas => Steps.Where(s => s.Loop == "hpa").Select(s => s.Replicas).ToList();

    /// <summary>Seconds since the start of the first HPA sync that set <paramref name="replicas"/>.</summary>
    public double FirstTimeAt(int replicas) =>
        Steps.First(s => s.Loop == "hpa" && s.Replicas == replicas).At.Subtract(ModelSpecs.T0).TotalSeconds;
}
