using Orders.Pipeline.Smoke;

namespace Orders.Pipeline.Tests.Smoke;

/// <summary>The Smoke checks against a fake deployment on an ephemeral port: what each check prints when it
/// passes, and which check fails, saying what and why, when the app is wrong or down or Prometheus is empty.</summary>
public sealed class SmokeChecksTests : FakeDeploymentTests
{
    [Fact]
    public async Task Passes_printing_what_each_check_saw()
    {
        await Checks().RunAsync(Options(exporter: true), CancellationToken.None);

        var lines = Output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
        [
            $"OK   GET {Deployment.Address}: HTTP 200, \"Welcome to the orders service\"",
            $"OK   GET {new Uri(Deployment.Address, "/product")}: HTTP 200, \"Order placed!\"",
            $"OK   GET {new Uri(Deployment.Address, "/metrics")}: HTTP 200, \"product_order_total 1\"",
            "OK   Prometheus product_order_total{namespace=\"orders\"}: 1 series, value 3 after 1 query",
        ], lines);
        Assert.Equal("product_order_total{namespace=\"orders\"}", Deployment.LastQuery);
    }

    [Fact]
    public async Task Fails_on_the_root_page_when_it_is_not_the_welcome_page()
    {
        Deployment.RootBody = "<html>nginx default page</html>";

        var error = await Assert.ThrowsAsync<SmokeCheckException>(() => Checks().RunAsync(Options(), CancellationToken.None));

        Assert.StartsWith($"FAIL GET {Deployment.Address}: saw HTTP 200, \"<html>nginx default page</html>\"", error.Message);
        Assert.Contains("Likely cause: the app answered but not with its welcome page", error.Message);
        Assert.Equal(0, Deployment.PrometheusQueries);
    }

    [Fact]
    public async Task Fails_on_product_when_the_order_endpoint_errors_naming_the_app_logs()
    {
        Deployment.ProductStatus = 500;

        var error = await Assert.ThrowsAsync<SmokeCheckException>(() => Checks().RunAsync(Options(), CancellationToken.None));

        Assert.StartsWith($"FAIL GET {new Uri(Deployment.Address, "/product")}: saw HTTP 500", error.Message);
        Assert.Contains("kubectl logs deployment/orders -c app -n orders", error.Message);
    }

    [Fact]
    public async Task Fails_naming_the_likely_cause_when_the_app_is_down()
    {
        var down = new Uri($"http://127.0.0.1:{FreePort.Next()}/");

        var error = await Assert.ThrowsAsync<SmokeCheckException>(() => Checks().RunAsync(Options() with { AppUrl = down }, CancellationToken.None));

        Assert.StartsWith($"FAIL GET {down}: no answer", error.Message);
        Assert.Contains("Likely cause: the app is not running or not reachable at that URL", error.Message);
        Assert.Empty(Output.ToString());
    }

    [Fact]
    public async Task Fails_when_the_exporter_does_not_publish_the_counter()
    {
        Deployment.Metrics = "process_cpu_seconds_total 1\n";

        var error = await Assert.ThrowsAsync<SmokeCheckException>(() => Checks().RunAsync(Options(exporter: true), CancellationToken.None));

        Assert.StartsWith($"FAIL GET {new Uri(Deployment.Address, "/metrics")}", error.Message);
        Assert.Contains("the exporter does not publish product_order_total", error.Message);
    }

    [Fact]
    public async Task Fails_when_Prometheus_stays_empty_past_the_timeout_pointing_at_the_scrape()
    {
        Deployment.PrometheusSeries = 0;

        // A zero timeout: one query, then the verdict, with no waiting in the test.
        var error = await Assert.ThrowsAsync<SmokeCheckException>(() => Checks().RunAsync(Options() with { PrometheusTimeout = TimeSpan.Zero }, CancellationToken.None));

        Assert.StartsWith("FAIL Prometheus product_order_total{namespace=\"orders\"}: still empty after 0 s (1 queries)", error.Message);
        Assert.Contains("Likely cause: Prometheus does not scrape the exporter", error.Message);
        Assert.Equal(1, Deployment.PrometheusQueries);
    }

    [Fact]
    public async Task With_an_existing_Prometheus_an_empty_series_names_the_scrape_job_file_to_add()
    {
        Deployment.PrometheusSeries = 0;
        var options = Options() with { PrometheusTimeout = TimeSpan.Zero, Hints = SmokeHints.Cluster("orders", "orders", "/repo/artifacts/deploy/prometheus-scrape-job.yaml") };

        var error = await Assert.ThrowsAsync<SmokeCheckException>(() => Checks().RunAsync(options, CancellationToken.None));

        Assert.Contains("the scrape job in /repo/artifacts/deploy/prometheus-scrape-job.yaml was added to your Prometheus's scrape_configs", error.Message);
    }

    private SmokeChecks Checks() => new(Http, Output, TimeProvider.System);

    private SmokeOptions Options(bool exporter = false) =>
        new(Deployment.Address, exporter ? Deployment.Address : null, Deployment.Address, "orders", TimeSpan.FromSeconds(5), SmokeHints.Cluster("orders", "orders"));
}
