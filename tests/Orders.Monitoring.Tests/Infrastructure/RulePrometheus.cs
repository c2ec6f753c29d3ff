using System.Globalization;
using Orders.Pipeline.Local;
using Orders.Pipeline.Monitoring;

namespace Orders.Monitoring.Tests.Infrastructure;

/// <summary>A real Prometheus on 127.0.0.1 and a free port, with k8s/monitoring's rule files loaded and
/// evaluated every second, on a given TSDB directory and scrape configuration; registered with the
/// supervisor, which stops it also when a test fails.</summary>
internal static class RulePrometheus
{
    public static string Binary => CommandRunner.FindOnPath("prometheus")
        ?? throw new InvalidOperationException("prometheus is not on PATH; these tests need the real one: " + PrometheusInstaller.InstallHint());

    public static async Task<Uri> StartAsync(ProcessSupervisor supervisor, string directory, string scrapeConfig, HttpClient http)
    {
        var port = PortGuard.FreePort();
        var config = Path.Combine(directory, "prometheus-rules.yml");
        var baseConfig = scrapeConfig.Length > 0 ? scrapeConfig : """
            global:
              evaluation_interval: 1s
            """;
        await File.WriteAllTextAsync(config, PrometheusRuleFiles.AppendTo(baseConfig, RuleFiles.Files));
        var data = Path.Combine(directory, "tsdb");
        Directory.CreateDirectory(data);
        var process = supervisor.Add(ManagedProcess.Start("prometheus-rules", Binary,
            [$"--config.file={config}", $"--storage.tsdb.path={data}", $"--web.listen-address=127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}",
             "--storage.tsdb.retention.time=1d"],
            Path.Combine(directory, "prometheus-rules.log")));
        var url = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        await HttpProbe.WaitReadyAsync(http, new Uri(url, "-/ready"), process, TimeSpan.FromSeconds(60), supervisor.Token);
        return url;
    }

    /// <summary>Polls until <paramref name="query"/> returns a sample (rule evaluation and scrapes run on
    /// Prometheus's own clock: no event tells when), or fails naming the query after the deadline.</summary>
    public static async Task WaitForDataAsync(Orders.Pipeline.Prometheus.PrometheusClient prometheus, string query, TimeSpan deadline)
    {
        using var cts = new CancellationTokenSource(deadline);
        try
        {
            while ((await prometheus.QueryAsync(query, null, cts.Token)).IsEmpty)
            {
                await Task.Delay(250, cts.Token);
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No data for {query} within {deadline.TotalSeconds:0} s: see prometheus-rules.log in the test's directory.");
        }
    }
}
