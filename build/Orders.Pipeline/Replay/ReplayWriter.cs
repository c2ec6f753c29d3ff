using Orders.Pipeline.Report;

namespace Orders.Pipeline.Replay;

/// <summary>Writes report.md, timeline.csv, replay.png and summary.json into artifacts/replay/. Rendered in memory
/// first and written last, so an error while rendering leaves the folder as it was.</summary>
public static class ReplayWriter
{
    /// <summary>summary.json's text, which --expect is judged on before anything is written.</summary>
    public static string Summary(ReplayReport report) =>
        SummaryJson.Render(
            report.Runs.Select(r => new SummaryJson.Entry(r.Label, r.Source, r.Spec.FirstTrigger.Query, r.Steps, report.Warnings(r), r.Fallback, r.History, report.Load.HasStep)),
            report.Runs[0].Versions);

    public static IReadOnlyList<string> Write(ReplayReport report, string directory)
    {
        var md = ReplayMarkdown.Render(report);
        var csv = ReplayTimelineCsv.Render(report);
        var summary = Summary(report);
        Directory.CreateDirectory(directory);
        var files = new[] { "report.md", "timeline.csv", "replay.png", "summary.json" }.Select(f => Path.Combine(directory, f)).ToArray();
        File.WriteAllText(files[0], md);
        File.WriteAllText(files[1], csv);
        ReplayChart.Save(report, files[2]);
        File.WriteAllText(files[3], summary);
        return files;
    }
}
