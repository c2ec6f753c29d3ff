using System.Globalization;
using System.Text.Json;
using Orders.Pipeline.Prometheus;

namespace Orders.Pipeline.Monitoring;

/// <summary><c>GET /api/v1/query_range</c>: what Grafana sends for a time-series panel.</summary>
public sealed class PrometheusRangeQuery(HttpClient http)
{
    public async Task<IReadOnlyList<RangeSeries>> QueryAsync(string query, DateTimeOffset start, DateTimeOffset end, TimeSpan step,
        CancellationToken cancellationToken)
    {
        var uri = string.Create(CultureInfo.InvariantCulture,
            $"api/v1/query_range?query={Uri.EscapeDataString(query)}&start={start.ToUnixTimeSeconds()}&end={end.ToUnixTimeSeconds()}&step={step.TotalSeconds}");
        using var response = await http.GetAsync(uri, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new PrometheusQueryException($"Prometheus at {http.BaseAddress} answered {(int)response.StatusCode} to a range query: {body}", query);
        }
        using var json = JsonDocument.Parse(body);
        var series = new List<RangeSeries>();
        foreach (var s in json.RootElement.GetProperty("data").GetProperty("result").EnumerateArray())
        {
            var labels = s.GetProperty("metric").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
            var points = s.GetProperty("values").EnumerateArray()
                .Select(v => (v[0].GetDouble(), PrometheusResponseParser.ParseValue(v[1].GetString() ?? "NaN"))) // "+Inf", "NaN" as Prometheus writes them
                .ToList();
            series.Add(new RangeSeries(labels, points));
        }
        return series;
    }
}
