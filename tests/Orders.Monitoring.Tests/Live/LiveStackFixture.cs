using Orders.Monitoring.Tests.Infrastructure;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Load;
using Orders.Pipeline.Local;
using Orders.Pipeline.Prometheus;

namespace Orders.Monitoring.Tests.Live;

/// <summary>
/// The app, the exporter and Prometheus on 127.0.0.1 and free ports, started by Local's own code
/// (LocalStack, the exporter with k8s/base's args: its histogram buckets), whose Prometheus scrapes the exporter in the job the cluster uses and evaluates
/// k8s/monitoring's rules. A bounded load of
/// GET /product (20 orders/s for 20 s; ORDERS_DASHBOARD_PROFILE overrides it to draw docs/dashboard-local.png)
/// runs once for every test of the class. Every process is stopped on dispose, also when a test fails.
/// </summary>
public sealed class LiveStackFixture : IAsyncLifetime
{
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("orders-monitoring-");
    private readonly HttpClient _prometheusHttp = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private ProcessSupervisor? _supervisor;

    public PrometheusClient Prometheus { get; private set; } = null!;

    public DateTimeOffset LoadStart { get; private set; }

    public DateTimeOffset LoadEnd { get; private set; }

    /// <summary>The load engine's own figures for the run, latencies included.</summary>
    public LoadResult Load { get; private set; } = null!;

    /// <summary>The app's access log folder: its own time-taken for every request.</summary>
    public string AccessLogs { get; private set; } = null!;

    /// <summary>The load's profile (its hold is where the latency panel is judged).</summary>
    public LoadProfile Profile { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Where prometheus or kubectl (which renders k8s/base for the exporter's args) is missing every test of the
        // class is skipped (ToolFact says what to install): start nothing.
        if (!RequiredTool.AreOnPath("prometheus", "kubectl"))
        {
            return;
        }
        var root = Orders.TestSupport.RepositoryRoot.Path;
        var prometheus = ExecutableOnPath.Find("prometheus")!;
        var profile = LoadProfile.Parse(Environment.GetEnvironmentVariable("ORDERS_DASHBOARD_PROFILE") ?? "20s:20");
        var options = new LocalOptions(root, _output.FullName, BuiltAssembly.PathOf("Orders.App"), BuiltAssembly.PathOf("Orders.Exporter"),
            FreePort.Next(), FreePort.Next(), FreePort.Next(),
            profile, LoadEndpoint.Product, new LoadOptions(), Path.Combine(root, "k8s", "base"), null, prometheus,
            TimeSpan.FromSeconds(1), TimeSpan.Zero);
        AccessLogs = LocalStack.AccessLogDirectory(options);
        _supervisor = new ProcessSupervisor(CancellationToken.None);
        // Local's own Prometheus: it scrapes the exporter in the values file's job and evaluates k8s/monitoring's rules.
        await LocalStack.StartAsync(options, prometheus, "orders", await ManifestExporterArgs.RenderAsync(options.Manifests, CancellationToken.None), _supervisor, _http);
        _prometheusHttp.BaseAddress = options.PrometheusUrl;
        Prometheus = new PrometheusClient(_prometheusHttp);
        await PrometheusData.WaitForAsync(Prometheus, "namespace:product_order:rate1m", TimeSpan.FromSeconds(30), PrometheusLog);

        using var sender = new HttpRequestSender(options.AppUrl, LoadEndpoint.Product, 64, TimeSpan.FromSeconds(10));
        LoadStart = DateTimeOffset.UtcNow;
        var load = await new LoadEngine(sender, new LoadOptions(64), TimeProvider.System).RunAsync(profile, _supervisor.Token);
        (Load, Profile) = (load, profile);
        if (load.Ok == 0)
        {
            throw new InvalidOperationException($"The load got no successful answer from the app: see {_output.FullName}/logs.");
        }
        LoadEnd = DateTimeOffset.UtcNow;
        // The last orders reach Prometheus a scrape after the last answer.
        await PrometheusData.WaitForAsync(Prometheus, $"sum(product_order_total{{namespace=\"orders\"}}) >= {load.Ok}", TimeSpan.FromSeconds(30), PrometheusLog);
    }

    private string PrometheusLog() => File.ReadAllText(Path.Combine(_output.FullName, "logs", "prometheus.log"));

    public async Task DisposeAsync()
    {
        if (_supervisor is not null)
        {
            await _supervisor.DisposeAsync();
        }
        _http.Dispose();
        _prometheusHttp.Dispose();
        try
        {
            _output.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A process may hold a file for a moment after it is killed; the temp folder is cleaned eventually.
        }
    }
}
