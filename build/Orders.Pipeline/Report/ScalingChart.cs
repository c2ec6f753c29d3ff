using ScottPlot;

namespace Orders.Pipeline.Report;

/// <summary>
/// <c>scaling.png</c>: three panels on one time axis (seconds since the load started), readable without
/// the CSV: the request rate (target and achieved), each query's value divided by its threshold (the
/// replica count it asks for), and the replica counts the model expects as a band over every HPA timing with
/// the median timing drawn in it (plus the cluster's, if any).
/// </summary>
public static class ScalingChart
{
    public static void Save(RunReport report, string path, int width = 1100, int height = 1000)
    {
        IMultiplot chart = new Multiplot();
        chart.AddPlots(3);
        var seconds = Enumerable.Range(0, report.Seconds).Select(s => (double)s).ToArray();

        var rate = chart.GetPlot(0);
        rate.Title(report.ScaledObjects.Count > 1
            ? $"{report.Mode}: {report.ScaledObjects[0].Label} vs {string.Join(", ", report.ScaledObjects.Skip(1).Select(s => s.Label))}"
            : $"{report.Mode}: scaling of {report.ScaledObjects.FirstOrDefault()?.Label}");
        // After the profile nothing is sent: zero, not a gap, while the scale-down is watched.
        double? LoadAt(int s, Func<Orders.Pipeline.Load.LoadSecond, double> value) => s < report.Load.Seconds.Count ? value(report.Load.Seconds[s]) : 0;
        Line(rate, seconds, Enumerable.Range(0, report.Seconds).Select(s => LoadAt(s, l => l.TargetRate)).ToList(), "target rate (req/s)", Colors.Gray, LinePattern.Dashed);
        Line(rate, seconds, Enumerable.Range(0, report.Seconds).Select(s => LoadAt(s, l => l.AchievedRate)).ToList(), "achieved rate (req/s)", Colors.Blue, LinePattern.Solid);
        rate.YLabel("requests / s");

        var query = chart.GetPlot(1);
        var replicas = chart.GetPlot(2);
        AskedReplicasPanels.Add(query, replicas, report.ScaledObjects, report.Seconds, (run, s) => s < run.QueryValues.Count ? run.QueryValues[s] : null, report.Band);
        if (report.ActualReplicas is { } actual)
        {
            Line(replicas, seconds, actual.Select(a => (double?)a).ToList(), "actual ready replicas", Colors.Black, LinePattern.Dotted, step: true);
        }
        var loadEnd = report.Profile.LoadEnd.TotalSeconds;
        foreach (var plot in chart.GetPlots())
        {
            var end = plot.Add.VerticalLine(loadEnd, 1, Colors.Gray, LinePattern.Dotted);
            end.LegendText = "load ends";
            plot.XLabel("seconds since the load started");
            plot.ShowLegend(Alignment.UpperRight);
            plot.Axes.SetLimitsX(0, Math.Max(1, report.Seconds - 1));
        }
        replicas.Axes.SetLimitsY(0, Math.Max(2, report.ScaledObjects.SelectMany(s => s.AllTimings.SelectMany(t => t)).Select(s => s.Replicas).DefaultIfEmpty(1).Max() + 1));
        chart.SavePng(path, width, height);
    }

    private static void Line(Plot plot, double[] xs, IReadOnlyList<double?> ys, string label, Color color, LinePattern pattern, bool step = false)
    {
        var points = xs.Zip(ys).Where(p => p.Second is { } y && double.IsFinite(y)).ToList();
        if (points.Count == 0)
        {
            return;
        }
        var line = plot.Add.ScatterLine(points.Select(p => p.First).ToArray(), points.Select(p => p.Second!.Value).ToArray(), color);
        line.LegendText = label;
        line.LinePattern = pattern;
        line.LineWidth = 2;
        if (step)
        {
            line.ConnectStyle = ConnectStyle.StepHorizontal;
        }
    }
}
