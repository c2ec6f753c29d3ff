namespace Orders.TestSupport;

/// <summary>
/// A real Prometheus (the `prometheus` binary on PATH, or the one <see cref="PrometheusOptions.Binary"/> names; .ci/run
/// installs Debian's) on 127.0.0.1 with the given configuration and its own data folder (or a backfilled TSDB), ready
/// to answer queries. Killed, process tree and all, on dispose.
/// </summary>
public sealed class PrometheusServer : IAsyncDisposable
{
    public const string InstallHint = "apt-get install -y --no-install-recommends prometheus (.ci/run does; Debian's package ships promtool too)";

    private readonly TempDirectory _directory;

    private PrometheusServer(TempDirectory directory, ChildProcess process, Uri url)
    {
        _directory = directory;
        Process = process;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>host:port, as a scrape target or a log line names it.</summary>
    public string Authority => Url.Authority;

    public ChildProcess Process { get; }

    public string Output => Process.Output;

    /// <summary>Starts it with <paramref name="configurationYaml"/> as prometheus.yml and waits for /-/ready (about 0.2 s here).</summary>
    public static async Task<PrometheusServer> StartAsync(string configurationYaml, TimeSpan readyTimeout, PrometheusOptions? options = null)
    {
        options ??= new PrometheusOptions();
        var directory = new TempDirectory("orders-prometheus");
        var config = directory.Combine("prometheus.yml");
        await File.WriteAllTextAsync(config, configurationYaml);
        // Prometheus cannot report a port it chose: a free one it is, bound a moment later.
        var url = new Uri($"http://127.0.0.1:{options.Port ?? FreePort.Next()}/");
        ChildProcess process;
        try
        {
            process = ChildProcess.Start(options.Binary,
                [$"--config.file={config}", $"--storage.tsdb.path={options.TsdbDirectory ?? directory.Combine("data")}", $"--web.listen-address={url.Authority}",
                 .. options.ExtraArguments]);
        }
        catch (InvalidOperationException e)
        {
            directory.Dispose();
            throw new InvalidOperationException($"{options.Binary} could not be started: install it with {InstallHint}.", e);
        }
        var server = new PrometheusServer(directory, process, url);
        try
        {
            await process.WaitForHttpOkAsync(new Uri(url, "-/ready"), readyTimeout);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        _directory.Dispose();
    }
}
