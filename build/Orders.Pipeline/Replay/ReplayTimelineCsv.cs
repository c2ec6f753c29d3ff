using System.Globalization;
using System.Text;
using Orders.Pipeline.Report;

namespace Orders.Pipeline.Replay;

/// <summary><c>timeline.csv</c> of a replay: one row per second of the range, the time (UTC, RFC 3339), seconds
/// from the load's start, and per ScaledObject its query's value and the model's band (median, min, max).</summary>
public static class ReplayTimelineCsv
{
    public static string Render(ReplayReport report)
    {
        var text = new StringBuilder();
        var header = new List<string> { "time", "seconds_from_load_start" };
        header.AddRange(report.Runs.SelectMany(r => ScaledObjectColumns.Header(r.Label)));
        text.AppendLine(string.Join(',', header));
        var bands = report.Runs.Select(report.Band).ToList();
        var fromLoad = (int)(report.Options.Start - report.Load.Start).TotalSeconds;
        for (var s = 0; s < report.Seconds; s++)
        {
            var cells = new List<string> { report.Options.Start.AddSeconds(s).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), (fromLoad + s).ToString(CultureInfo.InvariantCulture) };
            for (var i = 0; i < report.Runs.Count; i++)
            {
                cells.AddRange(ScaledObjectColumns.Cells(report.ValueAt(report.Runs[i], s), bands[i], s));
            }
            text.AppendLine(string.Join(',', cells));
        }
        return text.ToString();
    }
}
