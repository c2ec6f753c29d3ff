using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Replay;

/// <summary>
/// Judges a ScaledObject on a finished run: reads its triggers' queries from Prometheus for every second of the window
/// (as KEDA would have read it then; one range query, as Replay reads it) and replays KEDA + HPA on those
/// readings at every HPA timing (<see cref="ScalingTimings"/>), as <paramref name="versions"/> compute it.
/// </summary>
public sealed class ScaledObjectEvaluator(PrometheusClient prometheus, ModelVersions? versions = null)
{
    public async Task<ScaledObjectRun> EvaluateAsync(
        string label, string source, ScaledObjectSpec spec, DateTimeOffset start, int seconds, CancellationToken cancellationToken)
    {
        var readings = await TriggerReadings.ReadAllAsync(prometheus, spec, start, start.AddSeconds(seconds - 1), TimeSpan.FromSeconds(1), cancellationToken, versions);
        return ScaledObjectRun.Replay(label, source, spec, readings, start, versions: versions);
    }
}
