using Orders.Build.Tests.Infrastructure;

namespace Orders.Build.Tests;

/// <summary>
/// ./build.sh --target=Smoke --exclusive against the real app and exporter as local processes (--app-url) and a real
/// Prometheus scraping the exporter (reached through the port-forward Smoke starts when --prometheus-url is
/// absent; the kubectl stub forwards to it), with the stub answering for the ScaledObject and the HPA: every
/// check passes and says what it saw; with the app down, it fails naming the likely cause. Every check runs in
/// the built Orders.Pipeline (`smoke`).
/// </summary>
[Collection(PipelineCollection.Name)]
[Trait("Category", "Process")]
public sealed class SmokeTests(PipelineWorkspace workspace)
{
    [ToolFact("kubectl", "prometheus")]
    public async Task Passes_against_a_running_app_and_a_Prometheus_that_scrapes_its_exporter_and_stops_its_port_forward()
    {
        // Given
        using var logs = new TempDirectory("orders-service");
        await using var app = await ServiceProcess.StartAppAsync($"--AccessLog:Directory={logs.Path}");
        await using var exporter = await ServiceProcess.StartExporterAsync($"--AccessLog:Path={logs.Path}");
        await app.Process.WaitForHttpOkAsync(new Uri(app.BaseAddress, "/readyz"), TimeSpan.FromSeconds(60));
        await exporter.Process.WaitForHttpOkAsync(new Uri(exporter.BaseAddress, "/readyz"), TimeSpan.FromSeconds(60));
        await using var prometheus = await PrometheusServer.StartAsync(StandInScrapeConfig.For(exporter.BaseAddress, "orders"), TimeSpan.FromSeconds(30));

        workspace.Stubs.ForwardTo("svc/prometheus-server", prometheus.Url);

        // When
        var run = await workspace.RunAsync("--target=Smoke", "--exclusive", $"--app-url={app.BaseAddress}");

        // Then
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"OK   GET {app.BaseAddress}: HTTP 200, \"Welcome", run.Output);
        Assert.Contains($"OK   GET {new Uri(app.BaseAddress, "/product")}: HTTP 200", run.Output);
        Assert.Contains("OK   Prometheus product_order_total{namespace=\"orders\"}: 1 series", run.Output);
        Assert.Contains("$ dotnet Orders.Pipeline.dll smoke (arguments forwarded)", run.Output);
        Assert.Contains("OK   ScaledObject orders in orders is Ready: Ready=True", run.Output);
        Assert.Contains("OK   HPA keda-hpa-orders in orders exists: horizontalpodautoscaler.autoscaling/keda-hpa-orders", run.Output);
        var commands = workspace.Stubs.Commands().Select(c => string.Join(' ', c)).ToList();
        Assert.StartsWith("kubectl kustomize ", commands[0]); // the names and the Service port come from the rendered manifests
        Assert.Equal(
        [
            "kubectl port-forward svc/prometheus-server :80 --namespace prometheus --address=127.0.0.1",
            "kubectl get scaledobject/orders --namespace orders --output=json",
            "kubectl get hpa/keda-hpa-orders --namespace orders --output=name",
        ], commands.Skip(1));
        var portForward = Assert.Single(workspace.Stubs.PortForwardProcessIds());
        Assert.False(Directory.Exists($"/proc/{portForward}"), $"the port-forward (pid {portForward}) still runs after Smoke ended");
    }

    [ToolFact("kubectl")]
    public async Task Fails_naming_the_likely_cause_when_the_app_is_down()
    {
        // Given: nothing listens on either port
        var appUrl = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var prometheusUrl = new Uri($"http://127.0.0.1:{FreePort.Next()}/");

        // When
        var run = await workspace.RunAsync("--target=Smoke", "--exclusive", $"--app-url={appUrl}", $"--prometheus-url={prometheusUrl}");

        // Then
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains($"FAIL GET {appUrl}: no answer", run.Output);
        Assert.Contains("Likely cause: the app is not running or not reachable at that URL", run.Output);
        Assert.Contains("Orders.Pipeline smoke failed (exit code 2)", run.Output);
        Assert.Equal("kustomize", Assert.Single(workspace.Stubs.Commands())[1]); // reading names, before any cluster call
    }
}
