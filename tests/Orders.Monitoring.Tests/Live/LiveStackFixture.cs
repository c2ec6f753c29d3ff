using Orders.Monitoring.Tests.Infrastructure;
using Orders.Pipeline.Load;
using Orders.Pipeline.Local;
using Orders.Pipeline.Prometheus;

namespace Orders.Monitoring.Tests.Live;

/// <summary>
/// The app, the exporter and Prometheus on 127.0.0.1 and free ports, started by Local's own code
/// (LocalStack), plus a second Prometheus that scrapes the same exporter with the same labels and has
/// k8s/monitoring's rules loaded, as Local's will once the rules are wired into it. A bounded load of
/// GET /product (20 orders/s for 20 s; ORDERS_DASHBOARD_PROFILE overrides it to draw docs/dashboard-local.png)
/// runs once for every test of the class. Every process is stopped on dispose, also when a test fails.
/// </summary>
public sealed class LiveStackFixture : IAsyncLifetime
{
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("orders-monitoring-");
    private readonly HttpClient _prometheusHttp = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private ProcessSupervisor? _supervisor;

    public HttpClient PrometheusHttp => _prometheusHttp;

    public PrometheusClient Prometheus { get; private set; } = null!;

    public DateTimeOffset LoadStart { get; private set; }

    public DateTimeOffset LoadEnd { get; private set; }

    public async Task InitializeAsync()
    {
        var root = Orders.TestSupport.RepositoryRoot.Path;
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "release" : "debug";
        string Dll(string project) => Path.Combine(root, "artifacts", "bin", project, configuration, project + ".dll");
        var profile = LoadProfile.Parse(Environment.GetEnvironmentVariable("ORDERS_DASHBOARD_PROFILE") ?? "20s:20");
        var options = new LocalOptions(root, _output.FullName, Dll("Orders.App"), Dll("Orders.Exporter"),
            PortGuard.FreePort(), PortGuard.FreePort(), PortGuard.FreePort(),
            profile, LoadEndpoint.Product, new LoadOptions(), Path.Combine(root, "k8s", "base"), null, RulePrometheus.Binary,
            TimeSpan.FromSeconds(1), TimeSpan.Zero);
        _supervisor = new ProcessSupervisor(CancellationToken.None);
        await LocalStack.StartAsync(options, RulePrometheus.Binary, "orders", _supervisor, _http);
        var scrape = PrometheusConfig.Render(ExporterScrapeJob.Read(Path.Combine(root, "k8s", "prometheus-values.yaml")), $"127.0.0.1:{options.ExporterPort}", "orders", "orders-local", options.ScrapeInterval);
        _prometheusHttp.BaseAddress = await RulePrometheus.StartAsync(_supervisor, _output.FullName, scrape, _http);
        Prometheus = new PrometheusClient(_prometheusHttp);
        await RulePrometheus.WaitForDataAsync(Prometheus, "namespace:product_order:rate1m", TimeSpan.FromSeconds(30));

        using var sender = new HttpRequestSender(options.AppUrl, LoadEndpoint.Product, 64, TimeSpan.FromSeconds(10));
        LoadStart = DateTimeOffset.UtcNow;
        var load = await new LoadEngine(sender, new LoadOptions(64), TimeProvider.System).RunAsync(profile, _supervisor.Token);
        if (load.Ok == 0)
        {
            throw new InvalidOperationException($"The load got no successful answer from the app: see {_output.FullName}/logs.");
        }
        LoadEnd = DateTimeOffset.UtcNow;
        // The last orders reach Prometheus a scrape after the last answer.
        await RulePrometheus.WaitForDataAsync(Prometheus, $"sum(product_order_total{{namespace=\"orders\"}}) >= {load.Ok}", TimeSpan.FromSeconds(30));
    }

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
