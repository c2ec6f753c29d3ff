using Orders.Monitoring.Tests.Infrastructure;
using Orders.Pipeline.Local;
using Orders.Pipeline.Monitoring;
using Orders.Pipeline.Prometheus;

namespace Orders.Monitoring.Tests.Live;

/// <summary>
/// The dashboard's queries on KEDA's and the HPA's series (keda_scaler_metrics_value,
/// kube_horizontalpodautoscaler_*, and the recorded series built on them), which no local run has: checked on
/// a real Prometheus started on a TSDB backfilled with those series as a cluster records them
/// (TestData/cluster-series.txt), with the rule files loaded so the recorded series are computed by Prometheus.
/// </summary>
public sealed class ClusterPanelsTests
{
    [Fact]
    public async Task Every_KEDA_and_HPA_query_of_the_dashboard_returns_data_from_recorded_cluster_series()
    {
        using var dir = new TempDirectory("orders-monitoring");
        var now = DateTimeOffset.UtcNow;
        var openMetrics = dir.Combine("cluster-series.om");
        await File.WriteAllTextAsync(openMetrics, ClusterSeriesBackfill.OpenMetrics(await File.ReadAllTextAsync(ClusterSeriesBackfill.SeriesFile), now - TimeSpan.FromSeconds(15)));
        await ClusterSeriesBackfill.WriteBlocksAsync(openMetrics, dir.Combine("tsdb"));
        await using var supervisor = new ProcessSupervisor(CancellationToken.None);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var url = await RulePrometheus.StartAsync(supervisor, dir.Path, "", http);
        using var api = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(10) };
        var prometheus = new PrometheusClient(api);
        // The recorded series exist once the rules have been evaluated on the backfilled samples.
        await RulePrometheus.WaitForDataAsync(prometheus, "namespace_horizontalpodautoscaler:target_ready_replicas:max", TimeSpan.FromSeconds(30));
        var dashboard = DashboardDocument.Load(RuleFiles.Files.Dashboard);

        var result = await new DashboardQueryCheck(prometheus).RunAsync(dashboard, DateTimeOffset.UtcNow, DashboardQueryScope.ClusterOnly, CancellationToken.None);

        Assert.True(result.AllReturnedData, result.Line);
        Assert.Equal(dashboard.Targets.Count(DashboardQueryScope.NeedsCluster), result.Checked);
        Assert.Equal("keda-hpa-orders", result.Variables["hpa"]);
        Assert.Equal("orders", result.Variables["scaledobject"]);
    }
}
