using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Manifests;

namespace Orders.Pipeline.Local;

/// <summary>
/// Starts, on 127.0.0.1, the published app (access log under the output folder), the exporter following
/// that log, and a real Prometheus scraping the exporter with the labels the cluster's job gives it.
/// Each is registered with the supervisor before anything waits on it, so a failure stops them all.
/// </summary>
public static class LocalStack
{
    /// <param name="exporterArgs">The exporter container's args in the manifests (<see cref="ManifestExporterArgs"/>).</param>
    /// <summary>Where the app writes its W3C access log in a Local run.</summary>
    public static string AccessLogDirectory(LocalOptions options) => Path.Combine(options.Output, "access-logs");

    public static async Task<LocalPrometheus> StartAsync(LocalOptions options, string prometheusBinary, string @namespace, IReadOnlyList<string> exporterArgs,
        ProcessSupervisor supervisor, HttpClient http)
    {
        PortGuard.EnsureFree(options.AppPort, "the app", "--app-port");
        PortGuard.EnsureFree(options.ExporterPort, "the exporter", "--exporter-port");
        PortGuard.EnsureFree(options.PrometheusPort, "Prometheus", "--prometheus-port");
        RequireFile(options.AppDll, "--app-dll", "dotnet publish app/Orders.App.csproj -c Release");
        RequireFile(options.ExporterDll, "--exporter-dll", "dotnet publish sidecar/Orders.Exporter.csproj -c Release");

        var logs = Path.Combine(options.Output, "logs");
        var accessLogs = Fresh(AccessLogDirectory(options));
        var data = Fresh(Path.Combine(options.Output, "prometheus-data"));
        var checkpoint = Path.Combine(Fresh(Path.Combine(options.Output, "exporter-state")), "checkpoint.json");
        var token = supervisor.Token;
        var startTimeout = TimeSpan.FromSeconds(60);

        var app = supervisor.Add(ManagedProcess.Start("app", "dotnet", [options.AppDll, "--urls", $"http://127.0.0.1:{options.AppPort}"],
            Path.Combine(logs, "app.log"),
            new Dictionary<string, string>
            {
                ["AccessLog__Enabled"] = "true",
                ["AccessLog__Directory"] = accessLogs,
                ["DOTNET_gcServer"] = "0", // three processes and the load share two cores here
            },
            Path.GetDirectoryName(options.AppDll)));
        await HttpProbe.WaitReadyAsync(http, new Uri(options.AppUrl, "/readyz"), app, startTimeout, token);

        var exporter = supervisor.Add(ManagedProcess.Start("exporter", "dotnet", [options.ExporterDll, .. exporterArgs], Path.Combine(logs, "exporter.log"),
            new Dictionary<string, string>
            {
                ["AccessLog__Path"] = accessLogs,
                ["AccessLog__CheckpointPath"] = checkpoint,
                ["AccessLog__StartAt"] = "Beginning",
                ["Exporter__Host"] = "127.0.0.1",
                ["Exporter__Port"] = options.ExporterPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["DOTNET_gcServer"] = "0",
            },
            Path.GetDirectoryName(options.ExporterDll)));
        await HttpProbe.WaitReadyAsync(http, new Uri(options.ExporterUrl, "/readyz"), exporter, startTimeout, token);

        var config = Path.Combine(options.Output, "prometheus.yml");
        await File.WriteAllTextAsync(config,
            Monitoring.PrometheusRuleFiles.AppendTo(
                PrometheusConfig.Render(ExporterScrapeJob.Read(Path.Combine(options.Root, Deploy.HelmChart.Prometheus.ValuesFile!)), $"127.0.0.1:{options.ExporterPort}", @namespace, "orders-local", options.ScrapeInterval),
                Monitoring.MonitoringFiles.In(options.Root)), token);
        var prometheus = new LocalPrometheus(prometheusBinary,
            [$"--config.file={config}", $"--storage.tsdb.path={data}", $"--web.listen-address=127.0.0.1:{options.PrometheusPort}", "--storage.tsdb.retention.time=1d",
                // Only for --chaos, on 127.0.0.1: the TSDB snapshot the fallback series is backfilled into (LocalPrometheus.SnapshotAsync).
                .. options.Chaos is null ? Array.Empty<string>() : ["--web.enable-admin-api"]],
            logs, options.PrometheusUrl, supervisor, http);
        await prometheus.StartAsync(token);
        return prometheus;
    }

    private static void RequireFile(string path, string option, string build)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} does not exist: publish it first ({build}), or pass {option}. The Cake target Local does both.");
        }
    }

    private static string Fresh(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
        Directory.CreateDirectory(directory);
        return directory;
    }
}
