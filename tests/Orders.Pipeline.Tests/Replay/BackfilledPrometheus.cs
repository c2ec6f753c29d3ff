using System.Diagnostics;
using Orders.Pipeline.Local;
using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Replay;

/// <summary>
/// A real Prometheus on 127.0.0.1 (a free port) serving <see cref="BackfilledData"/>: the data is written as
/// OpenMetrics, turned into TSDB blocks by promtool, and Prometheus starts on that TSDB with a config of no
/// scrape jobs and a 15 s global scrape_interval. Started once for the replay tests; killed (with its tree) and
/// its folder deleted at the end, also when a test fails. Prometheus and promtool come from the machine, or from
/// Debian's package installed as Local installs it (a fresh CI machine has neither).
/// </summary>
public sealed class BackfilledPrometheus : IAsyncLifetime
{
    private readonly TempDirectory _directory = new("orders-replay");
    private ManagedProcess? _prometheus;

    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        var data = _directory.Combine("data.om");
        var tsdb = _directory.Combine("tsdb");
        await File.WriteAllTextAsync(data, BackfilledData.OpenMetrics());
        var binary = await PrometheusInstaller.EnsureAsync(null, CancellationToken.None);
        var promtool = Path.Combine(Path.GetDirectoryName(binary)!, "promtool");
        await RunAsync(File.Exists(promtool) ? promtool : "promtool", ["tsdb", "create-blocks-from", "openmetrics", data, tsdb]);
        var config = _directory.Combine("prometheus.yml");
        await File.WriteAllTextAsync(config, "global:\n  scrape_interval: 15s\n");
        var port = PortGuard.FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/");
        _prometheus = ManagedProcess.Start("prometheus", binary,
            [$"--config.file={config}", $"--storage.tsdb.path={tsdb}", $"--web.listen-address=127.0.0.1:{port}", "--storage.tsdb.retention.time=7d"],
            _directory.Combine("prometheus.log"));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await HttpProbe.WaitReadyAsync(http, new Uri(Url, "-/ready"), _prometheus, TimeSpan.FromSeconds(60), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_prometheus is not null)
        {
            await _prometheus.DisposeAsync();
        }
        _directory.Dispose();
    }

    private static async Task RunAsync(string file, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{file} did not start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} took more than 60 s.");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
