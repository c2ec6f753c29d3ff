using ScottPlot;

namespace Orders.Pipeline.Report;

/// <summary>Draws a <see cref="ReplicaBand"/>: the lowest..highest count over the HPA timings as a translucent
/// band, the median timing as a step line on top, so one timing is never mistaken for the answer.</summary>
public static class ReplicaBandPlot
{
    /// <param name="shift">Added to every second (a replay counts its axis from the load's start, not the range's).</param>
    public static void Add(Plot plot, ReplicaBand band, string label, Color color, double shift = 0)
    {
        var seconds = Enumerable.Range(0, band.Min.Count).Where(s => band.Min[s] is not null && band.Max[s] is not null).ToList();
        if (seconds.Count == 0)
        {
            return;
        }
        // Each entry's count holds until the next entry: two points per entry draw the band as steps.
        var width = band.SecondsPerPoint;
        var xs = seconds.SelectMany(s => new double[] { s * width + shift, (s + 1) * width + shift }).ToArray();
        var low = seconds.SelectMany(s => Enumerable.Repeat((double)band.Min[s]!.Value, 2)).ToArray();
        var high = seconds.SelectMany(s => Enumerable.Repeat((double)band.Max[s]!.Value, 2)).ToArray();
        var fill = plot.Add.FillY(xs, high, low);
        fill.FillColor = color.WithAlpha(0.25);
        fill.LineWidth = 0;
        fill.LegendText = $"{label}: band over HPA timings";
        var median = plot.Add.ScatterLine(xs, seconds.SelectMany(s => Enumerable.Repeat((double)band.Median[s]!.Value, 2)).ToArray(), color);
        median.LegendText = $"{label}: median timing";
        median.LineWidth = 2;
    }
}
