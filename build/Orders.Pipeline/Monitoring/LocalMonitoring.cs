using Orders.Pipeline.Prometheus;

namespace Orders.Pipeline.Monitoring;

/// <summary>
/// What a local run reports about k8s/monitoring, given a Prometheus that loaded its rules
/// (<see cref="PrometheusRuleFiles"/>) and scraped the run: every dashboard query a cluster-less Prometheus can
/// answer, with the count that returned data; the alerts that fired during the run; and
/// <c>dashboard.png</c>, the dashboard's local panels drawn from the run's data.
/// </summary>
public static class LocalMonitoring
{
    /// <param name="loadEnd">When the load stopped: the dashboard queries are checked there, while the rates
    /// are not zero (a latency percentile over an idle minute is NaN, which says nothing of the query).</param>
    /// <param name="scaledObjectQuery">The ScaledObject's query, drawn where the dashboard plots what KEDA read (<see cref="LocalPanels"/>).</param>
    public static async Task<LocalMonitoringResult> ReportAsync(PrometheusClient prometheus, string repositoryRoot, DateTimeOffset runStart,
        DateTimeOffset loadEnd, string outputDirectory, CancellationToken cancellationToken, string? scaledObjectQuery = null)
    {
        var files = MonitoringFiles.In(repositoryRoot);
        var dashboard = DashboardDocument.Load(files.Dashboard);
        var now = DateTimeOffset.UtcNow;
        var check = await new DashboardQueryCheck(prometheus)
            .RunAsync(dashboard, loadEnd < now ? loadEnd : now, DashboardQueryScope.WithoutCluster, cancellationToken);
        var alerts = await new AlertsSummary(prometheus).LineAsync(runStart, now, cancellationToken);
        var picture = Path.Combine(outputDirectory, "dashboard.png");
        await DashboardChart.SaveAsync(prometheus, LocalPanels.Of(dashboard, scaledObjectQuery), check.Variables, runStart, now,
            TimeSpan.FromSeconds(1), picture, cancellationToken);
        return new LocalMonitoringResult(check, alerts, picture);
    }
}
