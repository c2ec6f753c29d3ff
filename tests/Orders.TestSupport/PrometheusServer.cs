namespace Orders.TestSupport;

/// <summary>
/// A real Prometheus (the `prometheus` binary on PATH; .ci/run installs Debian's) on 127.0.0.1 with the given
/// configuration and its own data folder, ready to answer queries. Killed, process tree and all, on dispose.
/// </summary>
public sealed class PrometheusServer : IAsyncDisposable
{
    private readonly TempDirectory _directory;
    private readonly ChildProcess _process;

    private PrometheusServer(TempDirectory directory, ChildProcess process, Uri url)
    {
        _directory = directory;
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public string Output => _process.Output;

    /// <summary>Starts it with <paramref name="configurationYaml"/> as prometheus.yml and waits for /-/ready (about 0.2 s here).</summary>
    public static async Task<PrometheusServer> StartAsync(string configurationYaml, TimeSpan readyTimeout)
    {
        var directory = new TempDirectory("orders-prometheus");
        var config = directory.Combine("prometheus.yml");
        await File.WriteAllTextAsync(config, configurationYaml);
        // Prometheus cannot report a port it chose: a free one it is, bound a moment later.
        var url = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        ChildProcess process;
        try
        {
            process = ChildProcess.Start("prometheus",
                [$"--config.file={config}", $"--storage.tsdb.path={directory.Combine("data")}", $"--web.listen-address={url.Authority}"]);
        }
        catch (InvalidOperationException e)
        {
            directory.Dispose();
            throw new InvalidOperationException("The prometheus binary is not on PATH: apt-get install -y --no-install-recommends prometheus (.ci/run does).", e);
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
        await _process.DisposeAsync();
        _directory.Dispose();
    }
}
