using System.Net;
using System.Net.Sockets;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Local;
using Orders.Pipeline.Manifests;

namespace Orders.Pipeline.Tests.Local;

public sealed class LocalSetupTests
{
    [Fact]
    public void A_busy_port_is_a_clear_error_naming_port_role_and_option()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;

        var error = Assert.Throws<InvalidOperationException>(() => PortGuard.EnsureFree(port, "Prometheus", "--prometheus-port"));

        Assert.Contains($"Port {port} on 127.0.0.1 (Prometheus) is already in use", error.Message, StringComparison.Ordinal);
        Assert.Contains("--prometheus-port=N", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Prometheus_config_labels_the_target_as_the_clusters_exporter_job_would()
    {
        var job = ExporterScrapeJob.Read(Path.Combine(Orders.TestSupport.RepositoryRoot.Path, "k8s", "prometheus-values.yaml"));
        var yaml = PrometheusConfig.Render(job, "127.0.0.1:9181", "orders", "orders-local", TimeSpan.FromSeconds(1));

        Assert.Equal("orders-exporter", job);
        Assert.Contains("scrape_interval: 1000ms", yaml, StringComparison.Ordinal);
        Assert.Contains("job_name: orders-exporter", yaml, StringComparison.Ordinal);
        Assert.Contains("targets: [\"127.0.0.1:9181\"]", yaml, StringComparison.Ordinal);
        Assert.Contains("namespace: \"orders\"", yaml, StringComparison.Ordinal);
        Assert.Contains("pod: \"orders-local\"", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_keep_the_profile_within_two_minutes()
    {
        var options = LocalOptions.From(new Orders.Pipeline.Cli.CommandLine(["local", "--root", Orders.TestSupport.RepositoryRoot.Path], _ => null, TextWriter.Null));

        Assert.True(options.Profile.Duration <= TimeSpan.FromMinutes(2));
        Assert.Equal((8181, 9181, 9090), (options.AppPort, options.ExporterPort, options.PrometheusPort));
        Assert.EndsWith(Path.Combine("artifacts", "local"), options.Output, StringComparison.Ordinal);
    }
}
