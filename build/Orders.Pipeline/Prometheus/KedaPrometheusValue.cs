using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Prometheus;

/// <summary>
/// Turns a query's answer into the value KEDA's prometheus scaler hands to the HPA
/// (pkg/scalers/prometheus_scaler.go): one element or none; an empty result, or a NaN/±Inf value, reads as 0
/// when <c>ignoreNullValues</c> is true (its default) and is an error otherwise; several elements are always
/// an error. KEDA decodes the result as a vector, so a scalar result (e.g. <c>scalar(…)</c>) fails there too.
/// Before KEDA 2.20 only ±Inf was caught (<c>math.IsInf(v, 0)</c> at v2.19.0; v2.20.0 added <c>math.IsNaN</c>): a NaN
/// went on to the HPA whatever ignoreNullValues said, as the milli-units <see cref="KedaQuantity"/> makes of it.
/// </summary>
public static class KedaPrometheusValue
{
    public static MetricReading Read(DateTimeOffset at, string query, PrometheusQueryResult result, bool ignoreNullValues, ModelVersions? versions = null)
    {
        if (result.ResultType != "vector")
        {
            return MetricReading.Failed(at,
                $"the query returned a {result.ResultType}; KEDA's prometheus scaler only reads vectors (drop scalar(...))");
        }
        return Read(at, query, result.Samples.Count, result.Samples.Count == 0 ? double.NaN : result.Samples[0].Value, ignoreNullValues, versions);
    }

    /// <summary>A vector result known only by its number of series and the first series' value (a range query's
    /// step: KEDA only counts several series, an error, so the others' values never matter).</summary>
    public static MetricReading Read(DateTimeOffset at, string query, int seriesCount, double value, bool ignoreNullValues, ModelVersions? versions = null)
    {
        if (seriesCount > 1)
        {
            return MetricReading.Failed(at, $"prometheus query {query} returned multiple elements ({seriesCount})");
        }
        if (seriesCount == 0)
        {
            return ignoreNullValues
                ? MetricReading.Ok(at, 0, null)
                : MetricReading.Failed(at, "prometheus metrics 'prometheus' target may be lost, the result is empty");
        }
        if (double.IsNaN(value) && !(versions ?? ModelVersions.Default).KedaRoundsMilliUnits)
        {
            return MetricReading.Ok(at, value, value);
        }
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return ignoreNullValues
                ? MetricReading.Ok(at, 0, value)
                : MetricReading.Failed(at, $"prometheus query returns {value}", value);
        }
        return MetricReading.Ok(at, value, value);
    }
}
