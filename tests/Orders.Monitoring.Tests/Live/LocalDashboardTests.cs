using Orders.Monitoring.Tests.Infrastructure;
using Orders.Pipeline.Monitoring;
using Orders.Pipeline.Load;

namespace Orders.Monitoring.Tests.Live;

/// <summary>
/// After a real load through the app and the exporter, every dashboard query on their series returns data
/// from a real Prometheus that evaluates the rules (the recorded series included), the alerts line reads the
/// loaded rules, and the dashboard picture is drawn from that Prometheus's data.
/// </summary>
[Trait("Category", "Process")]
public sealed class LocalDashboardTests(LiveStackFixture stack) : IClassFixture<LiveStackFixture>
{
    private static readonly DashboardDocument Dashboard = DashboardDocument.Load(RuleFiles.Files.Dashboard);

    [ToolFact("prometheus", "kubectl")]
    public async Task Every_app_and_exporter_query_of_the_dashboard_returns_data_after_a_load()
    {
        var result = await new DashboardQueryCheck(stack.Prometheus).RunAsync(Dashboard, DateTimeOffset.UtcNow, DashboardQueryScope.WithoutCluster, CancellationToken.None);

        Assert.True(result.AllReturnedData, result.Line);
        Assert.Equal(Dashboard.Targets.Count(t => !DashboardQueryScope.NeedsCluster(t)), result.Checked);
        Assert.Equal("orders", result.Variables["namespace"]);
        Assert.StartsWith($"dashboard queries: {result.Checked} of {result.Checked} returned data", result.Line, StringComparison.Ordinal);
    }

    [ToolFact("prometheus", "kubectl")]
    public async Task The_alerts_line_counts_every_alerting_rule_loaded_and_none_fired_on_a_healthy_run()
    {
        var line = await new AlertsSummary(stack.Prometheus).LineAsync(stack.LoadStart, DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.Matches(HealthyAlertsLine(), line);
    }

    [ToolFact("prometheus", "kubectl")]
    public async Task The_dashboard_picture_draws_every_local_panel_from_Prometheus()
    {
        var panels = LocalPanels.Of(Dashboard, "sum(rate(product_order_total{job=\"orders-exporter\",namespace=\"orders\"}[20s]))");
        var variables = (await new DashboardQueryCheck(stack.Prometheus).RunAsync(Dashboard, DateTimeOffset.UtcNow, DashboardQueryScope.WithoutCluster, CancellationToken.None)).Variables;
        using var dir = new TempDirectory("orders-dashboard");
        var path = Environment.GetEnvironmentVariable("ORDERS_DASHBOARD_PNG") is { Length: > 0 } target ? Path.GetFullPath(target) : dir.Combine("dashboard.png");
        var start = stack.LoadStart;
        var end = DateTimeOffset.UtcNow;

        var lines = await DashboardChart.SaveAsync(stack.Prometheus, panels, variables, start, end,
            TimeSpan.FromSeconds(1), path, CancellationToken.None);

        Assert.Equal(6, panels.Count);
        Assert.True(lines >= panels.Count, $"{lines} lines drawn for {panels.Count} panels: a panel had no data");
        Assert.True(new FileInfo(path).Length > 10_000, $"{path} is too small to be a chart");
    }

    [ToolFact("prometheus", "kubectl")]
    public async Task The_latency_panel_over_the_hold_agrees_with_the_apps_own_time_taken_on_p50_with_the_base_buckets()
    {
        // The fixture's exporter runs with k8s/base's args (its Exporter:DurationBuckets), as Local's does.
        var hold = stack.Profile.Hold!.Value;
        var variables = (await new DashboardQueryCheck(stack.Prometheus).RunAsync(Dashboard, DateTimeOffset.UtcNow, DashboardQueryScope.WithoutCluster, CancellationToken.None)).Variables;

        // The truth here is the app's own time-taken for each GET /product (what the exporter counts into the
        // histogram), not the load engine's client-side figure: on a loaded CI machine queueing in the client
        // inflates that and would fail this test for no fault of the buckets. Local compares with the engine.
        var (from, to) = ((int)hold.Start.TotalSeconds, (int)hold.End.TotalSeconds);
        var comparison = await new LatencyPanelCheck(stack.Prometheus).CompareAsync(Dashboard, variables, "/product", stack.Load.StartedAt,
            from, to, AppTimeTaken("/product", from), CancellationToken.None);

        Assert.NotNull(comparison.PanelP50Ms);
        Assert.NotNull(comparison.EngineP50Ms);
        Assert.True(comparison.Passed, comparison.Line);
    }

    [ToolFact("prometheus", "kubectl")]
    public async Task The_Local_report_gets_both_lines_and_the_picture_in_one_call()
    {
        using var dir = new TempDirectory("orders-local-report");

        var report = await LocalMonitoring.ReportAsync(stack.Prometheus, RepositoryRoot.Path, stack.LoadStart, stack.LoadEnd, dir.Path, CancellationToken.None);

        var local = Dashboard.Targets.Count(t => !DashboardQueryScope.NeedsCluster(t));
        Assert.StartsWith($"dashboard queries: {local} of {local} returned data (", report.DashboardLine, StringComparison.Ordinal);
        Assert.Matches(HealthyAlertsLine(), report.AlertsLine);
        Assert.True(new FileInfo(report.PicturePath).Length > 10_000, report.PicturePath);
    }

    /// <summary>The whole alerts line of a healthy run: nothing fired (an alert may be pending, not long enough to
    /// fire, on a short run), and every alerting rule of k8s/monitoring loaded.</summary>
    private static string HealthyAlertsLine() =>
        $@"^alerts: none fired(; pending, not long enough to fire: [A-Za-z, ]+)? \({RuleFiles.AlertingRules().Count} alerting rules loaded\)$";

    // Every 200 answer to `path` in the app's W3C log, by its time-taken (ms), all put in the hold's first second:
    // the fixture's load is its hold, so the hold's seconds hold exactly these requests.
    private LoadLatencies AppTimeTaken(string path, int holdStart)
    {
        var taken = new List<double>();
        foreach (var file in Directory.GetFiles(stack.AccessLogs))
        {
            string[] fields = [];
            foreach (var line in File.ReadLines(file))
            {
                if (line.StartsWith("#Fields:", StringComparison.Ordinal))
                {
                    fields = line["#Fields:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    continue;
                }
                var cells = line.Split(' ');
                if (line.StartsWith('#') || cells.Length != fields.Length)
                {
                    continue;
                }
                if (cells[Array.IndexOf(fields, "cs-uri-stem")] == path && cells[Array.IndexOf(fields, "sc-status")] == "200")
                {
                    taken.Add(double.Parse(cells[Array.IndexOf(fields, "time-taken")], System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
        Assert.NotEmpty(taken);
        return new LoadLatencies([.. Enumerable.Repeat(Array.Empty<double>(), holdStart), [.. taken]]);
    }
}
