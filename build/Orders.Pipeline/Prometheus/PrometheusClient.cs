using System.Globalization;
using System.Text.Json;

namespace Orders.Pipeline.Prometheus;

/// <summary>
/// The pipeline's one sender of HTTP requests to Prometheus's API: instant queries (<c>/api/v1/query</c>, the
/// call KEDA's prometheus scaler makes; <c>time</c> evaluates the query as it was answered then), range queries
/// (<c>/api/v1/query_range</c>, read in chunks Prometheus accepts) and the other read-only endpoints
/// (<c>status/config</c>, <c>rules</c>). Every failure is a <see cref="PrometheusQueryException"/> naming the
/// query and carrying the server's own message, so every verb reports a bad query the same way.
/// </summary>
public sealed class PrometheusClient(HttpClient http, Uri? server = null)
{
    /// <summary>Points per query_range request: Prometheus refuses more than 11,000.</summary>
    public const int PointsPerQuery = 10_000;

    private readonly Uri _server = server ?? http.BaseAddress
        ?? throw new ArgumentException("Give Prometheus's URL, or an HttpClient whose BaseAddress is Prometheus.", nameof(server));

    public Uri Server => _server;

    public async Task<PrometheusQueryResult> QueryAsync(string query, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        var uri = "api/v1/query?query=" + Uri.EscapeDataString(query) + (at is { } time ? "&time=" + Unix(time) : "");
        var (status, body) = await GetAsync(uri, query, cancellationToken);
        return PrometheusResponseParser.Parse(query, status, body);
    }

    /// <summary>The query at every <paramref name="step"/> from <paramref name="start"/> to <paramref name="end"/>,
    /// each point as an instant query at that time would answer it; a series split across chunks is one series.</summary>
    /// <param name="parameters">Added to every request, as KEDA adds a trigger's namespace and queryParameters.</param>
    public async Task<IReadOnlyList<RangeSeries>> QueryRangeAsync(
        string query, DateTimeOffset start, DateTimeOffset end, TimeSpan step, CancellationToken cancellationToken,
        IReadOnlyList<KeyValuePair<string, string>>? parameters = null)
    {
        var extra = string.Concat((parameters ?? []).Select(p => "&" + Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        var points = end < start ? 0 : (int)((end - start) / step) + 1;
        var series = new Dictionary<string, (IReadOnlyDictionary<string, string> Labels, List<(DateTimeOffset, double)> Points)>(StringComparer.Ordinal);
        for (var first = 0; first < points; first += PointsPerQuery)
        {
            var last = Math.Min(points - 1, first + PointsPerQuery - 1);
            var uri = "api/v1/query_range?query=" + Uri.EscapeDataString(query) + "&start=" + Unix(start + step * first)
                + "&end=" + Unix(start + step * last) + "&step=" + step.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + extra;
            var (status, body) = await GetAsync(uri, query, cancellationToken);
            foreach (var chunk in PrometheusResponseParser.ParseMatrix(query, status, body))
            {
                var key = string.Join('\n', chunk.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Key + "=" + l.Value));
                if (!series.TryGetValue(key, out var known))
                {
                    series[key] = known = (chunk.Labels, []);
                }
                known.Points.AddRange(chunk.Points);
            }
        }
        return series.Values.Select(s => new RangeSeries(s.Labels, s.Points)).ToList();
    }

    /// <summary>The <c>data</c> of a read-only API endpoint such as <c>api/v1/status/config</c>.</summary>
    public async Task<JsonElement> GetDataAsync(string path, CancellationToken cancellationToken)
    {
        var (status, body) = await GetAsync(path, path, cancellationToken);
        return PrometheusResponseParser.ParseData(path, status, body);
    }

    private async Task<(int Status, string Body)> GetAsync(string relative, string query, CancellationToken cancellationToken)
    {
        var uri = new Uri(_server, relative);
        try
        {
            using var response = await http.GetAsync(uri, cancellationToken);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new PrometheusQueryException(
                $"Prometheus at {_server} did not answer ({e.Message}); check --prometheus-url and that it runs (a port-forward may have died).", query, e, uri);
        }
    }

    private static string Unix(DateTimeOffset at) => (at.ToUnixTimeMilliseconds() / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);
}
