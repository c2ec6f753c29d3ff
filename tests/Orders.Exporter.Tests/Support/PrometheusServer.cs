using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Orders.Exporter.Tests.Support;

/// <summary>
/// A real Prometheus (the `prometheus` binary on PATH) on 127.0.0.1 and a free port, scraping one target every
/// second, with an instant-query helper. Killed, with its data directory removed, on dispose. (The same way
/// tests/Orders.Build.Tests starts one; kept small so that it can move to the shared process helper.)
/// </summary>
public sealed class PrometheusServer : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly Process _process;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };

    public PrometheusServer(string target)
    {
        var config = _directory.Combine("prometheus.yml");
        File.WriteAllText(config, $"""
            global:
              scrape_interval: 1s
              scrape_timeout: 900ms
            scrape_configs:
              - job_name: exporter
                static_configs:
                  - targets: ["{target}"]
            """);
        _http.BaseAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var start = new ProcessStartInfo("prometheus") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[$"--config.file={config}", $"--storage.tsdb.path={_directory.Combine("data")}", $"--web.listen-address={_http.BaseAddress.Authority}"])
        {
            start.ArgumentList.Add(argument);
        }
        try
        {
            _process = Process.Start(start) ?? throw new InvalidOperationException("prometheus did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("The prometheus binary is not on PATH: apt-get install -y --no-install-recommends prometheus (.ci/run does).", e);
        }
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The instant query's samples as (timestamp in Unix seconds, value); empty when there are none.</summary>
    public async Task<List<(double Time, double Value)>> QueryAsync(string query)
    {
        try
        {
            var body = await _http.GetStringAsync($"api/v1/query?query={Uri.EscapeDataString(query)}");
            using var document = JsonDocument.Parse(body);
            return [.. document.RootElement.GetProperty("data").GetProperty("result").EnumerateArray().Select(series => series.GetProperty("value"))
                .Select(v => (v[0].GetDouble(), double.Parse(v[1].GetString()!, CultureInfo.InvariantCulture)))];
        }
        catch (HttpRequestException) when (!_process.HasExited)
        {
            return []; // not listening yet
        }
    }

    /// <summary>Waits until <paramref name="query"/> returns a sample satisfying <paramref name="condition"/>;
    /// each try waits for the next evaluation (Prometheus scrapes every second), bounded by <paramref name="deadline"/>.</summary>
    public async Task<double> WaitForAsync(string query, Func<double, bool> condition, TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        var last = double.NaN;
        while (clock.Elapsed < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"prometheus exited with code {_process.ExitCode}.");
            }

            var samples = await QueryAsync(query);
            if (samples.Count == 1 && condition(last = samples[0].Value))
            {
                return last;
            }

            await Task.Delay(200);
        }
        throw new TimeoutException($"'{query}' did not reach the expected value within {deadline} (last: {last}).");
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
            // already exited
        }
        _process.Dispose();
        _http.Dispose();
        _directory.Dispose();
    }
}
