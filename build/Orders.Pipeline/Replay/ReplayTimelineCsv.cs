using System.Globalization;
using System.Text;

namespace Orders.Pipeline.Replay;

/// <summary><c>timeline.csv</c> of a replay: one row per second of the range, the time (UTC, RFC 3339), seconds
/// from the load's start, and per ScaledObject its query's value and the model's band (median, min, max).</summary>
public static class ReplayTimelineCsv
{
    public static string Render(ReplayReport report)
    {
        var text = new StringBuilder();
        var header = new List<string> { "time", "seconds_from_load_start" };
        header.AddRange(report.Runs.SelectMany(r => new[] { $"{r.Label}_query_value", $"{r.Label}_expected_replicas", $"{r.Label}_expected_replicas_min", $"{r.Label}_expected_replicas_max" }));
        text.AppendLine(string.Join(',', header));
        var bands = report.Runs.Select(report.Band).ToList();
        var fromLoad = (int)(report.Options.Start - report.Load.Start).TotalSeconds;
        for (var s = 0; s < report.Seconds; s++)
        {
            var cells = new List<string> { report.Options.Start.AddSeconds(s).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), (fromLoad + s).ToString(CultureInfo.InvariantCulture) };
            for (var i = 0; i < report.Runs.Count; i++)
            {
                cells.Add(Format(report.ValueAt(report.Runs[i], s)));
                cells.Add(Format(bands[i].Median[s]));
                cells.Add(Format(bands[i].Min[s]));
                cells.Add(Format(bands[i].Max[s]));
            }
            text.AppendLine(string.Join(',', cells));
        }
        return text.ToString();
    }

    private static string Format(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "";
}
