using System.Text.RegularExpressions;
using Orders.Monitoring.Tests.Infrastructure;
using Orders.Pipeline.Monitoring;

namespace Orders.Monitoring.Tests.Dashboard;

/// <summary>What can be checked of the dashboard without Grafana: it parses, every panel reads the data source
/// variable and has a unit, and none repeats the bugs of KEDA's own dashboard (kedacore/keda#4599: a name
/// derived from another object's; #6214: an "All" option that breaks graphs).</summary>
public sealed partial class DashboardStaticTests
{
    private static readonly DashboardDocument Dashboard = DashboardDocument.Load(RuleFiles.Files.Dashboard);

    [Fact]
    public void It_has_the_panels_the_issue_asks_for()
    {
        var titles = Dashboard.Panels.Select(p => p.Title).ToList();

        Assert.Equal(["Orders per second", "KEDA's value vs threshold x replicas", "Replicas", "Latency percentiles by path",
            "Requests by status", "Exporter lag", "Lines read by result", "Checkpoint writes"], titles);
    }

    [Fact]
    public void Orders_per_second_plots_what_KEDA_read_beside_the_1m_rate_labelled_as_such()
    {
        // KEDA reads the ScaledObject's 20 s window; the 1m rate alone lags a step by most of a minute.
        var orders = Dashboard.Panels.Single(p => p.Title == "Orders per second");
        var kedaPanel = Dashboard.Panels.Single(p => p.Title == "KEDA's value vs threshold x replicas");

        var read = Assert.Single(orders.Targets, t => t.Expr.Contains(LocalPanels.KedaReadSeries, StringComparison.Ordinal));
        Assert.Contains(orders.Targets, t => t.Expr.Contains("product_order:rate1m", StringComparison.Ordinal) && t.Legend!.Contains("1m", StringComparison.Ordinal));
        // One expression for "what KEDA read" in both panels, so the two cannot disagree.
        Assert.Equal(Assert.Single(kedaPanel.Targets, t => t.Expr.Contains(LocalPanels.KedaReadSeries, StringComparison.Ordinal)).Expr, read.Expr);
        Assert.StartsWith("KEDA reads", read.Legend, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_panel_and_query_reads_the_datasource_variable_and_every_panel_has_a_unit()
    {
        var datasource = Assert.Single(Dashboard.Variables, v => v.Type == "datasource");
        var reference = "${" + datasource.Name + "}";

        Assert.All(Dashboard.Panels, p =>
        {
            Assert.True(p.DatasourceUid == reference, $"panel \"{p.Title}\" uses data source {p.DatasourceUid ?? "(none)"}, not {reference}");
            Assert.False(string.IsNullOrWhiteSpace(p.Unit), $"panel \"{p.Title}\" has no unit (fieldConfig.defaults.unit)");
            Assert.NotEmpty(p.Targets);
            Assert.All(p.Targets, t => Assert.True(t.DatasourceUid == reference, $"\"{p.Title}\" {t.RefId} uses {t.DatasourceUid ?? "(none)"}"));
        });
    }

    [Fact]
    public void No_variable_offers_All_or_several_values()
    {
        Assert.All(Dashboard.Variables, v => Assert.False(v.IncludeAll || v.Multi, $"variable {v.Name}: includeAll/multi breaks the graphs (kedacore/keda#6214)"));
    }

    [Fact]
    public void Every_variable_selects_only_the_label_it_was_listed_from()
    {
        // A variable listed from scaledObject must never be used as a Deployment or HPA name (kedacore/keda#4599),
        // and no name may be built around one ("keda-hpa-$scaledobject").
        var labelOf = Dashboard.Variables.Where(v => v.Label is not null).ToDictionary(v => v.Name, v => v.Label!);
        var queries = Dashboard.Targets.Select(t => t.Expr).Concat(Dashboard.Variables.Select(v => v.Query));
        var misuses = queries.SelectMany(q => Reference().Matches(q)
                .Where(m => labelOf.ContainsKey(m.Groups["var"].Value))
                .Where(m => !m.Groups["label"].Success || m.Groups["label"].Value != labelOf[m.Groups["var"].Value]
                    || m.Groups["before"].Value.Length > 0 || m.Groups["after"].Value.Length > 0)
                .Select(m => $"{m.Value} in {q}"))
            .ToList();

        Assert.True(misuses.Count == 0, string.Join("\n", misuses));
    }

    [Fact]
    public void Every_rate_uses_the_rate_interval()
    {
        var fixedWindows = Dashboard.Targets.Where(t => FixedRate().IsMatch(t.Expr)).Select(t => $"\"{t.Panel}\" {t.RefId}").ToList();

        Assert.True(fixedWindows.Count == 0, "use [$__rate_interval], which Grafana sizes to the scrape interval: " + string.Join(", ", fixedWindows));
    }

    // label="<before>$var<after>" or a bare $var.
    [GeneratedRegex("""(?:(?<label>[A-Za-z_][A-Za-z0-9_]*)\s*=~?\s*"(?<before>[^"$]*))?\$\{?(?<var>[A-Za-z_][A-Za-z0-9_]*)\}?(?<after>[^"]*)""")]
    private static partial Regex Reference();

    [GeneratedRegex(@"\b(rate|increase|irate)\([^\[]*\[\d+[smh]\]")]
    private static partial Regex FixedRate();
}
