using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Replay;

/// <summary>
/// Judges a ScaledObject on a finished run: reads its query from Prometheus for every second of the window
/// (as KEDA would have read it then) and replays KEDA + HPA on those readings at every HPA timing
/// (<see cref="ScalingTimings"/>).
/// </summary>
public sealed class ScaledObjectEvaluator(PrometheusClient prometheus)
{
    public async Task<ScaledObjectRun> EvaluateAsync(
        string label, string source, ScaledObjectSpec spec, DateTimeOffset start, int seconds, CancellationToken cancellationToken)
    {
        var readings = new List<MetricReading>(seconds);
        for (var s = 0; s < seconds; s++)
        {
            readings.Add(await ReadAsync(spec.Trigger, start.AddSeconds(s), cancellationToken));
        }
        return ScaledObjectRun.Replay(label, source, spec, readings, start);
    }

    private async Task<MetricReading> ReadAsync(PrometheusTrigger trigger, DateTimeOffset at, CancellationToken cancellationToken)
    {
        try
        {
            var result = await prometheus.QueryAsync(trigger.Query, at, cancellationToken);
            return KedaPrometheusValue.Read(at, trigger.Query, result, trigger.IgnoreNullValues);
        }
        catch (PrometheusQueryException e)
        {
            return MetricReading.Failed(at, e.Message);
        }
    }
}
