using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Report;

namespace Orders.Pipeline.Scaling;

/// <summary>
/// Judges a ScaledObject on a finished run: reads its query from Prometheus for every second of the
/// window (for the chart) and replays KEDA + HPA on it (each poll and sync reading the query as
/// Prometheus answers it for that instant). Readings are cached per instant, so both loops see one value.
/// </summary>
public sealed class ScaledObjectEvaluator(PrometheusClient prometheus)
{
    public async Task<ScaledObjectRun> EvaluateAsync(
        string label, string source, ScaledObjectSpec spec, DateTimeOffset start, int seconds, CancellationToken cancellationToken)
    {
        var cache = new Dictionary<DateTimeOffset, MetricReading>();
        async Task<MetricReading> Read(DateTimeOffset at, CancellationToken ct)
        {
            if (!cache.TryGetValue(at, out var reading))
            {
                reading = await ReadAsync(spec.Trigger, at, ct);
                cache[at] = reading;
            }
            return reading;
        }

        var values = new List<double?>(seconds);
        for (var s = 0; s < seconds; s++)
        {
            values.Add((await Read(start.AddSeconds(s), cancellationToken)).RawValue);
        }
        var steps = await ScalingReplay.RunAsync(spec, Read, start, start.AddSeconds(seconds - 1), cancellationToken);
        return new ScaledObjectRun(label, source, spec, steps, values);
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
