using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Replay;

/// <summary>
/// A trigger's query over a range, as KEDA would have read it at each step: one range query (query_range
/// evaluates the query at every step exactly as an instant query at that time would), each step turned into the
/// reading KEDA hands the HPA (<see cref="KedaPrometheusValue"/>: empty and NaN per ignoreNullValues, several
/// series an error).
/// </summary>
public static class TriggerReadings
{
    /// <summary>For a run this tool just watched (Local, LoadTest): whatever Prometheus answers is what KEDA would
    /// have seen, a failed query included (every step then reads as that failure).</summary>
    public static async Task<IReadOnlyList<MetricReading>> ReadAsync(
        PrometheusClient prometheus, PrometheusTrigger trigger, DateTimeOffset start, DateTimeOffset end, TimeSpan step, CancellationToken cancellationToken,
        ModelVersions? versions = null)
    {
        try
        {
            return ToReadings(trigger, start, step, Points(start, end, step), await ValuesAsync(prometheus, trigger, start, end, step, cancellationToken), versions);
        }
        catch (PrometheusQueryException e)
        {
            return Enumerable.Range(0, Points(start, end, step)).Select(i => MetricReading.Failed(start + step * i, e.Message)).ToList();
        }
    }

    /// <summary>For a range the user chose (Replay, Tune): a range with no sample at all, or a query that returns
    /// several series at one time (KEDA fails on it), is refused as bad input naming what to check.</summary>
    public static async Task<IReadOnlyList<MetricReading>> ReadCheckedAsync(
        PrometheusClient prometheus, PrometheusTrigger trigger, DateTimeOffset start, DateTimeOffset end, TimeSpan step, CancellationToken cancellationToken,
        ModelVersions? versions = null)
    {
        var values = await ValuesAsync(prometheus, trigger, start, end, step, cancellationToken);
        if (values.Count == 0)
        {
            throw new InvalidDataException(
                $"the query '{trigger.Query}' has no sample between {start:u} and {end:u} at {prometheus.Server}: check the range (--start/--end), that this Prometheus holds the series (its retention) and the query's namespace against --namespace.");
        }
        if (values.FirstOrDefault(v => v.Value.Count > 1) is { Value: not null } several)
        {
            throw new InvalidDataException(
                $"the query '{trigger.Query}' returns {several.Value.Count} series at {start + step * several.Key:u}: KEDA's prometheus scaler fails on more than one ('multiple elements'); wrap it in sum(...).");
        }
        return ToReadings(trigger, start, step, Points(start, end, step), values, versions);
    }

    private static int Points(DateTimeOffset start, DateTimeOffset end, TimeSpan step) => end < start ? 0 : (int)((end - start) / step) + 1;

    /// <summary>The values of every series by step index.</summary>
    private static async Task<Dictionary<int, List<double>>> ValuesAsync(
        PrometheusClient prometheus, PrometheusTrigger trigger, DateTimeOffset start, DateTimeOffset end, TimeSpan step, CancellationToken cancellationToken,
        ModelVersions? versions = null)
    {
        var values = new Dictionary<int, List<double>>();
        foreach (var series in await prometheus.QueryRangeAsync(trigger.Query, start, end, step, cancellationToken))
        {
            foreach (var (at, value) in series.Points)
            {
                var index = (int)Math.Round((at - start) / step);
                if (!values.TryGetValue(index, out var list))
                {
                    values[index] = list = [];
                }
                list.Add(value);
            }
        }
        return values;
    }

    private static List<MetricReading> ToReadings(
        PrometheusTrigger trigger, DateTimeOffset start, TimeSpan step, int points, Dictionary<int, List<double>> values, ModelVersions? versions) =>
        Enumerable.Range(0, points).Select(i =>
        {
            var at = start + step * i;
            var samples = values.TryGetValue(i, out var v)
                ? v.Select(value => new PrometheusSample(new Dictionary<string, string>(), at, value)).ToList()
                : [];
            return KedaPrometheusValue.Read(at, trigger.Query, new PrometheusQueryResult("vector", samples), trigger.IgnoreNullValues, versions);
        }).ToList();
}
