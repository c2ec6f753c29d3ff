using Orders.Monitoring.Tests.Infrastructure;
using Orders.Pipeline.Monitoring;
using Orders.Pipeline.Prometheus;

namespace Orders.Monitoring.Tests.Live;

/// <summary>
/// The dashboard's queries on KEDA's and the HPA's series (keda_scaler_metrics_value,
/// kube_horizontalpodautoscaler_*, and the recorded series built on them), which no local run has: checked on
/// a real Prometheus started on a TSDB backfilled with those series as a cluster records them
/// (TestData/cluster-series.txt), with the rule files loaded (evaluated every second) so the recorded series
/// are computed by Prometheus.
/// </summary>
[Trait("Category", "Process")]
public sealed class ClusterPanelsTests
{
    private const string EveryRuleEverySecond = "global:\n  evaluation_interval: 1s\n";

    [ToolFact("prometheus", "promtool")]
    public async Task Every_KEDA_and_HPA_query_of_the_dashboard_returns_data_from_recorded_cluster_series()
    {
        using var dir = new TempDirectory("orders-monitoring");
        var now = DateTimeOffset.UtcNow;
        var openMetrics = dir.Combine("cluster-series.om");
        await File.WriteAllTextAsync(openMetrics, ClusterSeriesBackfill.OpenMetrics(await File.ReadAllTextAsync(ClusterSeriesBackfill.SeriesFile), now - TimeSpan.FromSeconds(15)));
        await ClusterSeriesBackfill.WriteBlocksAsync(openMetrics, dir.Combine("tsdb"));
        await using var server = await PrometheusServer.StartAsync(PrometheusRuleFiles.AppendTo(EveryRuleEverySecond, RuleFiles.Files), TimeSpan.FromSeconds(60),
            new PrometheusOptions { TsdbDirectory = dir.Combine("tsdb"), ExtraArguments = ["--storage.tsdb.retention.time=1d"] });
        using var api = new HttpClient { BaseAddress = server.Url, Timeout = TimeSpan.FromSeconds(10) };
        var prometheus = new PrometheusClient(api);
        // The recorded series exist once the rules have been evaluated on the backfilled samples.
        await PrometheusData.WaitForAsync(prometheus, "namespace_horizontalpodautoscaler:target_ready_replicas:max", TimeSpan.FromSeconds(30), () => server.Output);
        var dashboard = DashboardDocument.Load(RuleFiles.Files.Dashboard);

        var result = await new DashboardQueryCheck(prometheus).RunAsync(dashboard, DateTimeOffset.UtcNow, DashboardQueryScope.ClusterOnly, CancellationToken.None);

        Assert.True(result.AllReturnedData, result.Line);
        Assert.Equal(dashboard.Targets.Count(DashboardQueryScope.NeedsCluster), result.Checked);
        Assert.Equal("keda-hpa-orders", result.Variables["hpa"]);
        Assert.Equal("orders", result.Variables["scaledobject"]);
    }
}
