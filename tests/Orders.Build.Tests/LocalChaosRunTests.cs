using Orders.Build.Tests.Infrastructure;

namespace Orders.Build.Tests;

/// <summary>
/// The chaos run (issue #23 item 2): a real ./build.sh --target=Local --chaos=prometheus-stop kills the real
/// Prometheus in the middle of the hold and starts it again on the same TSDB. The report must show KEDA's fallback
/// taking over in the model, the alert OrdersScalingOnFallback's own expression turning true on the data Prometheus
/// holds, the fallback ending on the first good read, and every order counted although Prometheus was down.
/// </summary>
[Trait("Category", "Process")]
[Collection(PipelineCollection.Name)]
public sealed class LocalChaosRunTests(PipelineWorkspace workspace, Xunit.Abstractions.ITestOutputHelper log)
{
    private static readonly TimeSpan RunBound = TimeSpan.FromMinutes(10);

    [ToolFact("prometheus", "promtool", "kubectl")]
    public async Task A_Prometheus_outage_in_the_hold_shows_the_fallback_the_alert_and_the_recovery_with_exact_counts()
    {
        // Given Local with a 70 s hold, scraped every 5 s (the cluster's interval for the exporter)
        // When Prometheus is down for 50 s of it
        await using var run = workspace.StartLocal([FreePort.Next(), FreePort.Next(), FreePort.Next()],
            "--profile=5s:0->20, 70s:20, 5s:0", "--observe=30s", "--compare=none", "--chaos=prometheus-stop:50s");
        int exitCode;
        try
        {
            exitCode = await run.WaitForExitAsync(RunBound);
        }
        finally
        {
            log.WriteLine(run.Output);
        }

        // Then
        Assert.Equal(0, exitCode);
        var report = File.ReadAllText(workspace.Combine("artifacts/local/report.md"));
        Assert.Contains("chaos: Prometheus killed at t=", report, StringComparison.Ordinal);
        Assert.Matches(@"OK   fallback in force t=\d+-\d+.* s \(failureThreshold 3, replicas 6, currentReplicasIfHigher\)", report);
        Assert.Matches(@"OK   OrdersScalingOnFallback's expression .* true t=\d+-\d+", report);
        Assert.Matches(@"OK   recovery: the fallback ended at t=\d+ s on the first good read", report);
        Assert.Matches(@"OK   Prometheus counted exactly the \d+ orders the app served", report);
    }
}
