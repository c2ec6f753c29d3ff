using System.Globalization;

namespace Orders.Pipeline.Prometheus;

/// <summary>
/// The part of Prometheus's HTTP API the scaling model needs: <c>GET /api/v1/query</c>, the call KEDA's
/// prometheus scaler makes. Passing <c>time</c> evaluates the query as it would have been answered then,
/// which lets the model replay a finished run instant by instant.
/// </summary>
public sealed class PrometheusClient(HttpClient http)
{
    public async Task<PrometheusQueryResult> QueryAsync(string query, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        var uri = "api/v1/query?query=" + Uri.EscapeDataString(query);
        if (at is { } time)
        {
            uri += "&time=" + (time.ToUnixTimeMilliseconds() / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);
        }
        string body;
        System.Net.HttpStatusCode status;
        try
        {
            using var response = await http.GetAsync(uri, cancellationToken);
            status = response.StatusCode;
            body = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new PrometheusQueryException(
                $"Prometheus at {http.BaseAddress} did not answer ({e.Message}); check that it runs and the address is right.", query, e);
        }
        return PrometheusResponseParser.Parse(query, (int)status, body);
    }
}
