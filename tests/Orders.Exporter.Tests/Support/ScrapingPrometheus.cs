using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Orders.Exporter.Tests.Support;

/// <summary>
/// A real Prometheus (the shared <see cref="PrometheusServer"/> launcher) scraping one target every second, with
/// an instant-query helper and a bounded wait for a value.
/// </summary>
public sealed class ScrapingPrometheus : IAsyncDisposable
{
    private readonly PrometheusServer _server;
    private readonly HttpClient _http;

    private ScrapingPrometheus(PrometheusServer server)
    {
        _server = server;
        _http = new HttpClient { BaseAddress = server.Url, Timeout = TimeSpan.FromSeconds(5) };
    }

    public static async Task<ScrapingPrometheus> StartAsync(string target) =>
        new(await PrometheusServer.StartAsync($"""
            global:
              scrape_interval: 1s
              scrape_timeout: 900ms
            scrape_configs:
              - job_name: exporter
                static_configs:
                  - targets: ["{target}"]
            """, TimeSpan.FromSeconds(30)));

    /// <summary>The instant query's samples as (timestamp in Unix seconds, value); empty when there are none.</summary>
    public async Task<List<(double Time, double Value)>> QueryAsync(string query)
    {
        var body = await _http.GetStringAsync($"api/v1/query?query={Uri.EscapeDataString(query)}");
        using var document = JsonDocument.Parse(body);
        return [.. document.RootElement.GetProperty("data").GetProperty("result").EnumerateArray().Select(series => series.GetProperty("value"))
            .Select(v => (v[0].GetDouble(), double.Parse(v[1].GetString()!, CultureInfo.InvariantCulture)))];
    }

    /// <summary>Waits until <paramref name="query"/> returns a sample satisfying <paramref name="condition"/>;
    /// each try waits for the next evaluation (Prometheus scrapes every second), bounded by <paramref name="deadline"/>.</summary>
    public async Task<double> WaitForAsync(string query, Func<double, bool> condition, TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        var last = double.NaN;
        while (clock.Elapsed < deadline)
        {
            var samples = await QueryAsync(query);
            if (samples.Count == 1 && condition(last = samples[0].Value))
            {
                return last;
            }

            await Task.Delay(200);
        }
        throw new TimeoutException($"'{query}' did not reach the expected value within {deadline} (last: {last}). Prometheus said:\n{_server.Output}");
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }
}
