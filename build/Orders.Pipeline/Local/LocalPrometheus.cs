using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Local;

/// <summary>
/// Local's real Prometheus: started (and, for --chaos, stopped and started again) with the same flags on the same
/// TSDB folder, each start logged to its own file (prometheus.log, prometheus-2.log…) so no log is overwritten.
/// Every start is registered with the supervisor, so a stopped run stops whichever one is running.
/// </summary>
public sealed class LocalPrometheus(string binary, IReadOnlyList<string> arguments, string logs, Uri url, ProcessSupervisor supervisor, HttpClient http)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private ManagedProcess? _process;
    private int _starts;

    /// <summary>The Prometheus binary (promtool is found beside it).</summary>
    public string Binary => binary;

    /// <summary>The TSDB folder (its <c>--storage.tsdb.path</c>).</summary>
    public string DataPath => arguments.Single(a => a.StartsWith("--storage.tsdb.path=", StringComparison.Ordinal))["--storage.tsdb.path=".Length..];

    /// <summary>Starts it and returns once it answers <c>/-/ready</c>.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var log = Path.Combine(logs, ++_starts == 1 ? "prometheus.log" : $"prometheus-{_starts}.log");
        _process = supervisor.Add(ManagedProcess.Start("prometheus", binary, arguments, log));
        await HttpProbe.WaitReadyAsync(http, new Uri(url, "-/ready"), _process, StartTimeout, cancellationToken);
    }

    /// <summary>Kills it (SIGKILL, as the OOM killer or a lost node would: no clean shutdown, so the TSDB is
    /// recovered from its write-ahead log on the next start) and waits for it to be gone.</summary>
    public async Task StopAsync()
    {
        if (_process is { } process)
        {
            _process = null;
            await process.DisposeAsync();
        }
    }
}
