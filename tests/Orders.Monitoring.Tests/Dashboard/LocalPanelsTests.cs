using Orders.Monitoring.Tests.Infrastructure;
using Orders.Pipeline.Monitoring;

namespace Orders.Monitoring.Tests.Dashboard;

/// <summary>Local's dashboard picture: the panels on the app's and exporter's series, with what KEDA read drawn
/// from the ScaledObject's own query (no KEDA runs locally).</summary>
public sealed class LocalPanelsTests
{
    private const string Query = "sum(rate(product_order_total{job=\"orders-exporter\",namespace=\"orders\"}[20s]))";
    private static readonly DashboardDocument Dashboard = DashboardDocument.Load(RuleFiles.Files.Dashboard);

    [Fact]
    public void Orders_per_second_is_drawn_with_the_ScaledObjects_query_in_place_of_KEDAs_series()
    {
        var panel = Assert.Single(LocalPanels.Of(Dashboard, Query), p => p.Title == "Orders per second");

        var keda = Assert.Single(panel.Targets, t => t.Expr == Query);
        Assert.Contains("KEDA reads", keda.Legend, StringComparison.Ordinal);
        Assert.Contains("no KEDA here", keda.Legend, StringComparison.Ordinal);
        Assert.Equal(Dashboard.Panels.Single(p => p.Title == "Orders per second").Targets.Count, panel.Targets.Count);
    }

    [Fact]
    public void Panels_only_on_cluster_series_and_the_HPAs_queries_are_left_out()
    {
        var panels = LocalPanels.Of(Dashboard, Query);

        Assert.DoesNotContain(panels, p => p.Title is "KEDA's value vs threshold x replicas" or "Replicas");
        Assert.All(panels.SelectMany(p => p.Targets), t => Assert.False(DashboardQueryScope.NeedsCluster(t), $"{t.Panel} {t.RefId}: {t.Expr}"));
        Assert.Equal(Dashboard.Panels.Count(p => p.Targets.Any(t => !DashboardQueryScope.NeedsCluster(t))), panels.Count);
    }

    [Fact]
    public void Without_a_ScaledObject_query_KEDAs_line_is_left_out()
    {
        var panel = Assert.Single(LocalPanels.Of(Dashboard, null), p => p.Title == "Orders per second");

        Assert.DoesNotContain(panel.Targets, t => t.Expr.Contains(LocalPanels.KedaReadSeries, StringComparison.Ordinal));
    }
}
