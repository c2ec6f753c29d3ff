using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Orders.K8s.Tests.RealPrometheus;

/// <summary>
/// Debian's `prometheus` on 127.0.0.1 and a free port, with a given configuration file and its own storage in
/// <c>directory</c>; queried through its HTTP API. Killed, process tree and all, on dispose.
/// </summary>
public sealed class PrometheusServer : IDisposable
{
    private readonly Process _process;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly ConcurrentQueue<string> _log = new();

    public PrometheusServer(string configFile, string directory, int port)
    {
        Address = $"127.0.0.1:{port}";
        _http.BaseAddress = new Uri($"http://{Address}/");
        var start = new ProcessStartInfo("prometheus")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add($"--config.file={configFile}");
        start.ArgumentList.Add($"--storage.tsdb.path={Path.Combine(directory, "data")}");
        start.ArgumentList.Add($"--web.listen-address={Address}");
        _process = Process.Start(start) ?? throw new InvalidOperationException("prometheus did not start.");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Address { get; }

    /// <summary>Its last log lines, for failure messages.</summary>
    public string Log => string.Join("\n", _log);

    /// <summary>Polls /-/ready until it serves queries, bounded.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"prometheus exited with code {_process.ExitCode} before it was ready:\n{Log}");
            }

            try
            {
                if ((await _http.GetAsync("-/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        throw new TimeoutException($"prometheus at {Address} was not ready within {timeout}:\n{Log}");
    }

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

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _log.Enqueue(line);
        while (_log.Count > 40 && _log.TryDequeue(out _))
        {
        }
    }

    public void Dispose()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        _process.Dispose();
        _http.Dispose();
    }
}
