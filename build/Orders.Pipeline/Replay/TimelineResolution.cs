using Orders.Pipeline.Report;

namespace Orders.Pipeline.Replay;

/// <summary>
/// How many seconds one row of <c>timeline.csv</c> (and one point of the chart) spans. Up to six hours every
/// second has its row; beyond, a week at one row per second would be 604,800 rows and a chart nobody can read,
/// so rows widen to the shortest of 5 s, 15 s, 30 s, 1 min, 5 min, 15 min, 1 h that keeps them within
/// <see cref="MaxRows"/>. The figures never use the rows: they are counted every second of the range.
/// </summary>
public static class TimelineResolution
{
    /// <summary>The chart's longest range in seconds (<see cref="ChartTimeAxis.LongestInSeconds"/>, six hours)
    /// counted with both ends (as <see cref="ReplayReport.SecondsOf"/> counts): 21,601 rows, so an exactly 6-hour
    /// range keeps its row per second.</summary>
    public const int MaxRows = ChartTimeAxis.LongestInSeconds + 1;

    private static readonly int[] Widths = [1, 5, 15, 30, 60, 300, 900, 3600];

    public static int For(int seconds) => Widths.FirstOrDefault(w => (seconds + w - 1) / w <= MaxRows, Widths[^1]);

    public static int Rows(int seconds, int width) => (seconds + width - 1) / width;
}
