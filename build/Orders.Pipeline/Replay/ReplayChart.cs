using Orders.Pipeline.Report;
using ScottPlot;

namespace Orders.Pipeline.Replay;

/// <summary>
/// <c>replay.png</c>, in the look of Local's chart without its load panel (a replay has no load of its own): each
/// query's value over its threshold (the replicas it asks for), and each ScaledObject's band over the HPA timings
/// with its median line, on one axis of seconds from the load's start, the load's start and end marked.
/// </summary>
public static class ReplayChart
{
    public static void Save(ReplayReport report, string path, int width = 1100, int height = 750)
    {
        IMultiplot chart = new Multiplot();
        chart.AddPlots(2);
        var query = chart.GetPlot(0);
        var replicas = chart.GetPlot(1);
        query.Title($"replay: {string.Join(" vs ", report.Runs.Select(r => r.Label))}");
        var fromLoad = (report.Options.Start - report.Load.Start).TotalSeconds;
        Color[] palette = [Colors.Green, Colors.OrangeRed, Colors.Purple, Colors.Brown];
        var scale = 2.0 * report.Runs.Max(r => r.Spec.MaxReplicaCount);
        foreach (var (run, i) in report.Runs.Select((r, i) => (r, i)))
        {
            var color = palette[i % palette.Length];
            var points = Enumerable.Range(0, report.Seconds)
                .Select(s => (X: fromLoad + s, Y: report.ValueAt(run, s) / run.Spec.Trigger.Threshold))
                .Where(p => p.Y is { } y && double.IsFinite(y)).ToList();
            if (points.Count > 0)
            {
                var line = query.Add.ScatterLine(points.Select(p => p.X).ToArray(), points.Select(p => p.Y!.Value).ToArray(), color);
                // As in Local's chart: the scale is set by the counts that matter; a query asking for hundreds says so.
                var peak = points.Max(p => p.Y!.Value);
                line.LegendText = peak > scale ? $"{run.Label}: query / threshold (off scale, up to {peak:0})" : $"{run.Label}: query / threshold";
                line.LineWidth = 2;
            }
            ReplicaBandPlot.Add(replicas, report.Band(run), run.Label, color, fromLoad);
        }
        var loadEnd = (report.Load.End - report.Load.Start).TotalSeconds;
        foreach (var plot in chart.GetPlots())
        {
            plot.Add.VerticalLine(0, 1, Colors.Gray, LinePattern.Dotted).LegendText = "load starts";
            plot.Add.VerticalLine(loadEnd, 1, Colors.Gray, LinePattern.Dashed).LegendText = "load ends";
            plot.XLabel("seconds from the load's start");
            plot.ShowLegend(Alignment.UpperRight);
            plot.Axes.SetLimitsX(fromLoad, fromLoad + Math.Max(1, report.Seconds - 1));
        }
        query.YLabel("replicas asked for");
        query.Axes.SetLimitsY(0, scale);
        replicas.YLabel("replicas");
        replicas.Axes.SetLimitsY(0, report.Runs.Max(r => r.Spec.MaxReplicaCount) + 1);
        chart.SavePng(path, width, height);
    }
}
