using Orders.Pipeline.Report;
using ScottPlot;

namespace Orders.Pipeline.Replay;

/// <summary>
/// <c>replay.png</c>, in the look of Local's chart without its load panel (a replay has no load of its own): each
/// query's value over its threshold (the replicas it asks for), and each ScaledObject's band over the HPA timings
/// with its median line, current and proposed side by side on one time axis from the load's start (the range's
/// start where it holds no step; seconds up to six hours, hours beyond: <see cref="ChartTimeAxis"/>), the load's
/// start and end marked where there is one. A long range is drawn at the timeline's resolution
/// (<see cref="TimelineResolution"/>).
/// </summary>
public static class ReplayChart
{
    /// <summary>The PNG's bytes: drawn in memory, so a drawing error comes before any file is written.</summary>
    public static byte[] Png(ReplayReport report, int width = 1100, int height = 750)
    {
        IMultiplot chart = new Multiplot();
        chart.AddPlots(2);
        var query = chart.GetPlot(0);
        var replicas = chart.GetPlot(1);
        query.Title($"replay: {string.Join(" vs ", report.Runs.Select(r => r.Label))}");
        var fromLoad = (report.Options.Start - report.Load.Start).TotalSeconds;
        AskedReplicasPanels.Add(query, replicas, report.Runs.Select(r => (r.Label, r.Spec)).ToList(), report.Rows,
            (i, row) => report.ValueAt(report.Runs[i], row), i => report.Runs[i].Band, fromLoad, report.SecondsPerRow);
        var loadEnd = (report.Load.End - report.Load.Start).TotalSeconds;
        var span = Math.Max(1, report.Seconds - 1);
        var axis = ChartTimeAxis.For(fromLoad, span);
        foreach (var plot in chart.GetPlots())
        {
            if (axis.InHours)
            {
                var ticks = new ScottPlot.TickGenerators.NumericManual();
                foreach (var (seconds, label) in axis.Ticks)
                {
                    ticks.AddMajor(seconds, label);
                }
                plot.Axes.Bottom.TickGenerator = ticks;
            }
            if (report.Load.HasStart)
            {
                plot.Add.VerticalLine(0, 1, Colors.Gray, LinePattern.Dotted).LegendText = "load starts";
            }
            if (report.Load.HasEnd)
            {
                plot.Add.VerticalLine(loadEnd, 1, Colors.Gray, LinePattern.Dashed).LegendText = "load ends";
            }
            plot.XLabel(axis.Unit + (report.Load.HasStep ? " from the load's start" : " from the range's start"));
            plot.ShowLegend(Alignment.UpperRight);
            plot.Axes.SetLimitsX(fromLoad, fromLoad + span);
        }
        replicas.Axes.SetLimitsY(0, report.Runs.Max(r => r.Spec.MaxReplicaCount) + 1);
        using var image = chart.Render(width, height);
        return image.GetImageBytes(ImageFormat.Png, 100);
    }
}
