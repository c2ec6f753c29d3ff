using System.Globalization;
using System.Text.Json.Nodes;

namespace Orders.K8s.Tests.RealPrometheus;

/// <summary>The two calls of Prometheus's HTTP API the signal test reads: an instant query and the active targets.</summary>
public sealed class PrometheusApi(Uri url) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = url, Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>An instant query at <paramref name="at"/>: the result vector's elements (labels and value as text).</summary>
    public async Task<IReadOnlyList<(JsonObject Labels, string Value)>> QueryAsync(string query, DateTimeOffset at)
    {
        var time = (at.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
        var response = await _http.GetStringAsync($"api/v1/query?query={Uri.EscapeDataString(query)}&time={time}");
        var data = JsonNode.Parse(response)?["data"];
        if (data?["resultType"]?.ToString() != "vector")
        {
            throw new InvalidOperationException($"`{query}` did not return a vector: {response}");
        }

        return (data["result"] as JsonArray ?? [])
            .Select(e => (e!["metric"]!.AsObject(), e["value"]![1]!.ToString()))
            .ToList();
    }

    /// <summary>The active targets: job, scrape URL, health.</summary>
    public async Task<IReadOnlyList<(string Job, string ScrapeUrl, string Health)>> ActiveTargetsAsync()
    {
        var response = JsonNode.Parse(await _http.GetStringAsync("api/v1/targets?state=active"));
        return (response?["data"]?["activeTargets"] as JsonArray ?? [])
            .Select(t => (t!["scrapePool"]!.ToString(), t["scrapeUrl"]!.ToString(), t["health"]!.ToString()))
            .ToList();
    }

    public void Dispose() => _http.Dispose();
}
