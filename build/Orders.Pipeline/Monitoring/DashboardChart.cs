using System.Text.RegularExpressions;
using Orders.Pipeline.Prometheus;
using ScottPlot;

namespace Orders.Pipeline.Monitoring;

/// <summary>
/// <c>dashboard.png</c>: the dashboard's panels drawn from what a real Prometheus recorded (range queries as
/// Grafana sends them, variables substituted as <see cref="DashboardQueryCheck"/> resolved them), one plot per
/// panel on a shared time axis (seconds since <c>start</c>). A picture of the real data, not a mock-up.
/// </summary>
public static partial class DashboardChart
{
    public static async Task<int> SaveAsync(PrometheusClient prometheus, IReadOnlyList<DashboardPanel> panels,
        IReadOnlyDictionary<string, string> variables, DateTimeOffset start, DateTimeOffset end, TimeSpan step, string path,
        CancellationToken cancellationToken, int width = 1100, int heightPerPanel = 300)
    {
        // Whole seconds, as Grafana aligns a panel's range: the x axis counts from the run's first whole second.
        var from = DateTimeOffset.FromUnixTimeSeconds(start.ToUnixTimeSeconds());
        var to = DateTimeOffset.FromUnixTimeSeconds(end.ToUnixTimeSeconds());
        IMultiplot chart = new Multiplot();
        chart.AddPlots(panels.Count);
        var lines = 0;
        Color[] palette = [Colors.Blue, Colors.OrangeRed, Colors.Green, Colors.Purple, Colors.Brown, Colors.Teal, Colors.Magenta, Colors.Gray];
        for (var i = 0; i < panels.Count; i++)
        {
            var panel = panels[i];
            var plot = chart.GetPlot(i);
            plot.Title(panel.Title);
            plot.YLabel(panel.Unit ?? "");
            plot.XLabel("seconds since the load started");
            var color = 0;
            foreach (var target in panel.Targets)
            {
                var query = DashboardDocument.Substitute(target.Expr, variables);
                foreach (var series in await prometheus.QueryRangeAsync(query, from, to, step, cancellationToken))
                {
                    var points = series.Points.Where(p => double.IsFinite(p.Value)).ToList();
                    if (points.Count == 0)
                    {
                        continue;
                    }
                    var line = plot.Add.ScatterLine(points.Select(p => (p.At - from).TotalSeconds).ToArray(),
                        points.Select(p => p.Value).ToArray(), palette[color++ % palette.Length]);
                    line.LegendText = Legend(target, series.Labels);
                    line.LineWidth = 2;
                    lines++;
                }
            }
            plot.ShowLegend(Alignment.UpperLeft);
            // Every panel's unit counts something (the dashboard sets min 0): a flat zero sits on the axis, not mid-panel.
            plot.Axes.AutoScale();
            plot.Axes.SetLimitsY(0, Math.Max(1, plot.Axes.GetLimits().Top * 1.1));
            plot.Axes.SetLimitsX(0, Math.Max(1, (end - start).TotalSeconds));
        }
        chart.SavePng(path, width, heightPerPanel * panels.Count);
        return lines;
    }

    /// <summary>The legend as Grafana writes it: the target's legendFormat with {{label}} filled in, or the
    /// series' labels when it has none.</summary>
    private static string Legend(DashboardTarget target, IReadOnlyDictionary<string, string> labels) =>
        target.Legend is { Length: > 0 } format
            ? LabelReference().Replace(format, m => labels.TryGetValue(m.Groups[1].Value, out var v) ? v : "")
            : labels.Count == 0 ? target.RefId : string.Join(",", labels.Select(l => $"{l.Key}={l.Value}"));

    [GeneratedRegex(@"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")]
    private static partial Regex LabelReference();
}
