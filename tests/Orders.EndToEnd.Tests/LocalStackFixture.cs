using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Load;
using Orders.Pipeline.Local;
using Orders.Pipeline.Prometheus;

namespace Orders.EndToEnd.Tests;

/// <summary>
/// The app, the exporter and a real Prometheus on 127.0.0.1 and ephemeral ports, started as the Local
/// target starts them (same code), in a temporary folder; every process is stopped on dispose, also when a
/// test fails. The binaries are the ones the build produced for this configuration.
/// </summary>
public sealed class LocalStackFixture : IAsyncLifetime
{
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("orders-e2e-");
    private readonly HttpClient _prometheusHttp = new() { Timeout = TimeSpan.FromSeconds(10) };
    private ProcessSupervisor? _supervisor;

    public LocalOptions Options { get; private set; } = null!;

    public PrometheusClient Prometheus { get; private set; } = null!;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(10) };

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
        Options = new LocalOptions(root, _output.FullName, BuiltAssembly.PathOf("Orders.App"), BuiltAssembly.PathOf("Orders.Exporter"),
            FreePort.Next(), FreePort.Next(), FreePort.Next(),
            LoadProfile.Parse("1s:1"), LoadEndpoint.Orders, new LoadOptions(), Path.Combine(root, "k8s", "base"), null, prometheus,
            TimeSpan.FromSeconds(1), TimeSpan.Zero);
        _supervisor = new ProcessSupervisor(CancellationToken.None);
        await LocalStack.StartAsync(Options, prometheus, "orders", await ManifestExporterArgs.RenderAsync(Options.Manifests, CancellationToken.None), _supervisor, Http);
        _prometheusHttp.BaseAddress = Options.PrometheusUrl;
        Prometheus = new PrometheusClient(_prometheusHttp);
    }

    public async Task DisposeAsync()
    {
        if (_supervisor is not null)
        {
            await _supervisor.DisposeAsync();
        }
        Http.Dispose();
        _prometheusHttp.Dispose();
        _output.Delete(recursive: true);
    }
}
