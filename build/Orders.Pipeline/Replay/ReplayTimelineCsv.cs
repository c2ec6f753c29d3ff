using System.Globalization;
using System.Text;
using Orders.Pipeline.Report;

namespace Orders.Pipeline.Replay;

/// <summary><c>timeline.csv</c> of a replay: one row per second of the range (per <see cref="ReplayReport.SecondsPerRow"/>
/// seconds beyond six hours: <see cref="TimelineResolution"/>), the time (UTC, RFC 3339), seconds from the load's
/// start, and per ScaledObject its query's value at the row's first second and the model's band (median at the
/// row's first second; min and max over the row).</summary>
public static class ReplayTimelineCsv
{
    public static string Render(ReplayReport report)
    {
        var text = new StringBuilder();
        var header = new List<string> { "time", "seconds_from_load_start" };
        header.AddRange(report.Runs.SelectMany(r => ScaledObjectColumns.Header(r.Label)));
        text.AppendLine(string.Join(',', header));
        var fromLoad = (int)(report.Options.Start - report.Load.Start).TotalSeconds;
        for (var row = 0; row < report.Rows; row++)
        {
            var second = row * report.SecondsPerRow;
            var cells = new List<string> { report.Options.Start.AddSeconds(second).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), (fromLoad + second).ToString(CultureInfo.InvariantCulture) };
            foreach (var run in report.Runs)
            {
                cells.AddRange(ScaledObjectColumns.Cells(report.ValueAt(run, row), run.Band, row));
            }
            text.AppendLine(string.Join(',', cells));
        }
        return text.ToString();
    }
}
