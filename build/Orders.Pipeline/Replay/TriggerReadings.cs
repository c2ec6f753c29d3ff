using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Replay;

/// <summary>
/// Each trigger's query over a range, as KEDA would have read it at each step: one range query per trigger
/// (query_range evaluates the query at every step exactly as an instant query at that time would; the trigger's
/// namespace and queryParameters go with it, as KEDA sends them), each step turned into the reading KEDA hands the
/// HPA (<see cref="KedaPrometheusValue"/>: empty and NaN per ignoreNullValues, several series an error).
/// </summary>
public static class TriggerReadings
{
    /// <summary>For a run this tool just watched (Local, LoadTest): whatever Prometheus answers is what KEDA would
    /// have seen, a failed query included (every step of that trigger then reads as that failure). One list per trigger.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<MetricReading>>> ReadAllAsync(
        PrometheusClient prometheus, ScaledObjectSpec spec, DateTimeOffset start, DateTimeOffset end, TimeSpan step, CancellationToken cancellationToken,
        ModelVersions? versions = null)
    {
        var all = new List<IReadOnlyList<MetricReading>>();
        foreach (var trigger in spec.Triggers)
        {
            all.Add(await ReadAsync(prometheus, trigger, start, end, step, cancellationToken, versions));
        }
        return all;
    }

    /// <summary>For a range the user chose (Replay): a trigger whose query has no sample at all in the range, or
    /// returns several series at one time (KEDA fails on it), is refused as bad input naming the trigger and what
    /// to check. Each trigger goes through its own client (<see cref="TriggerClients"/>: its customHeaders).
    /// One list per trigger.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<MetricReading>>> ReadAllCheckedAsync(
        Func<PrometheusTrigger, PrometheusClient> prometheusFor, ScaledObjectSpec spec, DateTimeOffset start, DateTimeOffset end, TimeSpan step, CancellationToken cancellationToken,
        ModelVersions? versions = null)
    {
        var all = new List<IReadOnlyList<MetricReading>>();
        for (var i = 0; i < spec.Triggers.Count; i++)
        {
            var trigger = spec.Triggers[i];
            var which = spec.Triggers.Count == 1 ? "" : $"spec.triggers[{i}]" + (trigger.Name is null ? "" : $" ('{trigger.Name}')") + ": ";
            all.Add(await ReadCheckedAsync(prometheusFor(trigger), trigger, which, start, end, step, cancellationToken, versions));
        }
        return all;
    }

    /// <summary>One trigger's readings, as <see cref="ReadAllAsync"/> reads each.</summary>
    public static async Task<IReadOnlyList<MetricReading>> ReadAsync(
        PrometheusClient prometheus, PrometheusTrigger trigger, DateTimeOffset start, DateTimeOffset end, TimeSpan step, CancellationToken cancellationToken,
        ModelVersions? versions = null)
    {
        try
        {
            return ToReadings(trigger, start, step, await ValuesAsync(prometheus, trigger, start, end, step, cancellationToken), versions);
        }
        catch (PrometheusQueryException e)
        {
            return Enumerable.Range(0, Points(start, end, step)).Select(i => MetricReading.Failed(start + step * i, e.Message)).ToList();
        }
    }

    /// <summary>One trigger's readings, checked as <see cref="ReadAllCheckedAsync"/> checks each (Tune reads one).</summary>
    public static Task<IReadOnlyList<MetricReading>> ReadCheckedAsync(
        PrometheusClient prometheus, PrometheusTrigger trigger, DateTimeOffset start, DateTimeOffset end, TimeSpan step, CancellationToken cancellationToken,
        ModelVersions? versions = null) =>
        ReadCheckedAsync(prometheus, trigger, "", start, end, step, cancellationToken, versions);

    private static async Task<IReadOnlyList<MetricReading>> ReadCheckedAsync(
        PrometheusClient prometheus, PrometheusTrigger trigger, string which, DateTimeOffset start, DateTimeOffset end, TimeSpan step, CancellationToken cancellationToken,
        ModelVersions? versions)
    {
        var values = await ValuesAsync(prometheus, trigger, start, end, step, cancellationToken);
        if (!values.Series.Any(n => n > 0))
        {
            throw new InvalidDataException(
                $"{which}the query '{trigger.Query}' has no sample between {start:u} and {end:u} at {prometheus.Server}: check the range (--start/--end), that this Prometheus holds the series (its retention) and the query's namespace against --namespace.");
        }
        if (Array.FindIndex(values.Series, n => n > 1) is var several and >= 0)
        {
            throw new InvalidDataException(
                $"{which}the query '{trigger.Query}' returns {values.Series[several]} series at {start + step * several:u}: KEDA's prometheus scaler fails on more than one ('multiple elements'); wrap it in sum(...).");
        }
        return ToReadings(trigger, start, step, values, versions);
    }

    private static int Points(DateTimeOffset start, DateTimeOffset end, TimeSpan step) => end < start ? 0 : (int)((end - start) / step) + 1;

    /// <summary>Per step: the first series' value and how many series had one. Two flat arrays rather than a list
    /// of values per step: a week at 1 s is 604,801 steps (issue 24: a list each took most of 1.47 GB).</summary>
    private sealed record StepValues(double[] Value, int[] Series);

    private static async Task<StepValues> ValuesAsync(
        PrometheusClient prometheus, PrometheusTrigger trigger, DateTimeOffset start, DateTimeOffset end, TimeSpan step, CancellationToken cancellationToken)
    {
        var points = Points(start, end, step);
        var values = new StepValues(new double[points], new int[points]);
        foreach (var series in await prometheus.QueryRangeAsync(trigger.Query, start, end, step, cancellationToken, trigger.ExtraParameters))
        {
            foreach (var (at, value) in series.Points)
            {
                var index = (int)Math.Round((at - start) / step);
                if (index >= 0 && index < points && values.Series[index]++ == 0)
                {
                    values.Value[index] = value;
                }
            }
        }
        return values;
    }

    private static List<MetricReading> ToReadings(PrometheusTrigger trigger, DateTimeOffset start, TimeSpan step, StepValues values, ModelVersions? versions)
    {
        var readings = new List<MetricReading>(values.Value.Length);
        for (var i = 0; i < values.Value.Length; i++)
        {
            readings.Add(KedaPrometheusValue.Read(start + step * i, trigger.Query, values.Series[i], values.Value[i], trigger.IgnoreNullValues, versions));
        }
        return readings;
    }
}
