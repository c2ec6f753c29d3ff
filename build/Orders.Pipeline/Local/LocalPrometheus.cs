using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Local;

/// <summary>
/// Local's real Prometheus: started (and, for --chaos, stopped and started again) with the same flags on the same
/// TSDB folder, each start logged to its own file (prometheus.log, prometheus-2.log…) so no log is overwritten.
/// Every start is registered with the supervisor, so a stopped run stops whichever one is running.
/// </summary>
public sealed class LocalPrometheus(string binary, IReadOnlyList<string> arguments, string logs, Uri url, ProcessSupervisor supervisor, HttpClient http)
{
    private const string DataFlag = "--storage.tsdb.path=";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private ManagedProcess? _process;
    private int _starts;

    /// <summary>The Prometheus binary (promtool is found beside it).</summary>
    public string Binary => binary;

    /// <summary>The TSDB folder (its <c>--storage.tsdb.path</c>).</summary>
    public string DataPath => arguments.Single(a => a.StartsWith(DataFlag, StringComparison.Ordinal))[DataFlag.Length..];

    /// <summary>Starts it (on <paramref name="dataPath"/> instead of its TSDB when given) and returns once it answers <c>/-/ready</c>.</summary>
    public async Task StartAsync(CancellationToken cancellationToken, string? dataPath = null)
    {
        var log = Path.Combine(logs, ++_starts == 1 ? "prometheus.log" : $"prometheus-{_starts}.log");
        var flags = dataPath is null ? arguments : arguments.Select(a => a.StartsWith(DataFlag, StringComparison.Ordinal) ? DataFlag + dataPath : a).ToList();
        _process = supervisor.Add(ManagedProcess.Start("prometheus", binary, flags, log));
        await HttpProbe.WaitReadyAsync(http, new Uri(url, "-/ready"), _process, StartTimeout, cancellationToken);
    }

    /// <summary>
    /// A snapshot of its TSDB with the head written out as a block (the admin API, which Local turns on only for
    /// --chaos): a TSDB of blocks alone, where blocks backfilled over the same hours add to the data. Backfilled
    /// into the live TSDB they would not: on loading a block Prometheus drops what its head holds before the
    /// block's end, the run's own samples included. Returns the snapshot's folder.
    /// </summary>
    public async Task<string> SnapshotAsync(CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(new Uri(url, "api/v1/admin/tsdb/snapshot"), null, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {url}api/v1/admin/tsdb/snapshot answered {(int)response.StatusCode}: {ToolOutput.Start(body)}; Local starts Prometheus with --web.enable-admin-api for --chaos, check {logs}/prometheus*.log.");
        }
        var name = ToolOutput.ParseJson($"POST {url}api/v1/admin/tsdb/snapshot", body,
            root => root.GetProperty("data").GetProperty("name").GetString()!);
        return Path.Combine(DataPath, "snapshots", name);
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
