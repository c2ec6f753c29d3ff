using Orders.Pipeline.Report;

namespace Orders.Pipeline.Replay;

/// <summary>Writes report.md, timeline.csv, replay.png and summary.json into artifacts/replay/. Everything, the chart
/// included, is rendered in memory first (<see cref="Render"/>) and written last, so an error while rendering leaves
/// the folder as it was.</summary>
public static class ReplayWriter
{
    /// <summary>Every file's content; summary.json's is what --expect is judged on before anything is written.</summary>
    public static RenderedReplay Render(ReplayReport report) => new(
        ReplayMarkdown.Render(report),
        ReplayTimelineCsv.Render(report),
        ReplayChart.Png(report),
        SummaryJson.Render(
            report.Runs.Select(r => new SummaryJson.Entry(r.Label, r.Source, r.Spec.FirstTrigger.Query, r.Steps, report.Warnings(r), r.Fallback, r.History, report.Load.HasStep)),
            report.Runs[0].Versions));

    public static IReadOnlyList<string> Write(RenderedReplay rendered, string directory)
    {
        Directory.CreateDirectory(directory);
        var files = new[] { "report.md", "timeline.csv", "replay.png", "summary.json" }.Select(f => Path.Combine(directory, f)).ToArray();
        File.WriteAllText(files[0], rendered.Markdown);
        File.WriteAllText(files[1], rendered.TimelineCsv);
        File.WriteAllBytes(files[2], rendered.Png);
        File.WriteAllText(files[3], rendered.Summary);
        return files;
    }
}
