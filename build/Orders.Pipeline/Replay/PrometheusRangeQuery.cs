using System.Globalization;
using System.Text.Json;
using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Replay;

/// <summary>
/// A trigger's query over a range, as KEDA would have read it at each step: <c>/api/v1/query_range</c>, which
/// evaluates the query at every step exactly as an instant query at that time would, in chunks of at most
/// <see cref="PointsPerQuery"/> points (Prometheus refuses more than 11,000 per query). Each step becomes the
/// reading KEDA hands the HPA (<see cref="KedaPrometheusValue"/>: empty and NaN per ignoreNullValues).
/// A range with no sample at all, or a query that returns several series at one time (KEDA fails on it), is
/// refused as bad input.
/// </summary>
public sealed class PrometheusRangeQuery(HttpClient prometheus)
{
    public const int PointsPerQuery = 10_000;

    public async Task<IReadOnlyList<MetricReading>> ReadAsync(
        PrometheusTrigger trigger, DateTimeOffset start, DateTimeOffset end, TimeSpan step, CancellationToken cancellationToken)
    {
        var points = (int)((end - start) / step) + 1;
        var values = new Dictionary<int, List<double>>();
        for (var first = 0; first < points; first += PointsPerQuery)
        {
            var last = Math.Min(points - 1, first + PointsPerQuery - 1);
            foreach (var (at, value) in await QueryAsync(trigger.Query, start + step * first, start + step * last, step, cancellationToken))
            {
                var index = (int)Math.Round((at - start) / step);
                if (!values.TryGetValue(index, out var list))
                {
                    values[index] = list = [];
                }
                list.Add(value);
            }
        }
        if (values.Count == 0)
        {
            throw new InvalidDataException(
                $"the query '{trigger.Query}' has no sample between {start:u} and {end:u} at {prometheus.BaseAddress}: check the range (--start/--end), that this Prometheus holds the series (its retention) and the query's namespace against --namespace.");
        }
        if (values.FirstOrDefault(v => v.Value.Count > 1) is { Value: not null } several)
        {
            throw new InvalidDataException(
                $"the query '{trigger.Query}' returns {several.Value.Count} series at {start + step * several.Key:u}: KEDA's prometheus scaler fails on more than one ('multiple elements'); wrap it in sum(...).");
        }
        return Enumerable.Range(0, points).Select(i =>
        {
            var at = start + step * i;
            var samples = values.TryGetValue(i, out var v)
                ? new[] { new PrometheusSample(new Dictionary<string, string>(), at, v[0]) }
                : [];
            return KedaPrometheusValue.Read(at, trigger.Query, new PrometheusQueryResult("vector", samples), trigger.IgnoreNullValues);
        }).ToList();
    }

    private async Task<List<(DateTimeOffset At, double Value)>> QueryAsync(string query, DateTimeOffset start, DateTimeOffset end, TimeSpan step, CancellationToken cancellationToken)
    {
        var uri = "api/v1/query_range?query=" + Uri.EscapeDataString(query)
            + "&start=" + Unix(start) + "&end=" + Unix(end) + "&step=" + step.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        string body;
        int status;
        try
        {
            using var response = await prometheus.GetAsync(uri, cancellationToken);
            status = (int)response.StatusCode;
            body = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new PrometheusQueryException(
                $"Prometheus at {prometheus.BaseAddress} did not answer ({e.Message}); check --prometheus-url and that it runs (a port-forward may have died).", query, e);
        }
        return Parse(query, status, body);
    }

    /// <summary>The matrix of a query_range answer as (time, value) pairs of every series.</summary>
    internal static List<(DateTimeOffset At, double Value)> Parse(string query, int status, string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.GetProperty("status").GetString() != "success")
            {
                var error = root.TryGetProperty("error", out var e) ? e.GetString() : body;
                throw new PrometheusQueryException($"Prometheus rejected the query '{query}' (HTTP {status}): {error}", query);
            }
            var data = root.GetProperty("data");
            if (data.GetProperty("resultType").GetString() != "matrix")
            {
                throw new PrometheusQueryException($"query_range answered '{query}' with a {data.GetProperty("resultType").GetString()}, not a matrix.", query);
            }
            var points = new List<(DateTimeOffset, double)>();
            foreach (var series in data.GetProperty("result").EnumerateArray())
            {
                foreach (var point in series.GetProperty("values").EnumerateArray())
                {
                    var at = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(point[0].GetDouble() * 1000));
                    points.Add((at, PrometheusResponseParser.ParseValue(point[1].GetString() ?? "NaN")));
                }
            }
            return points;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new PrometheusQueryException($"Prometheus answered HTTP {status} for '{query}' with something that is not a query_range result: {(body.Length > 200 ? body[..200] + "…" : body)}", query, e);
        }
    }

    private static string Unix(DateTimeOffset at) => (at.ToUnixTimeMilliseconds() / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);
}
