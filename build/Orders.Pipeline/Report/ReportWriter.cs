namespace Orders.Pipeline.Report;

/// <summary>Writes timeline.csv, report.md, scaling.png and summary.json into a folder (artifacts/&lt;mode&gt;/).</summary>
public static class ReportWriter
{
    public static IReadOnlyList<string> Write(RunReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        var csv = Path.Combine(directory, "timeline.csv");
        var md = Path.Combine(directory, "report.md");
        var png = Path.Combine(directory, "scaling.png");
        var summary = Path.Combine(directory, "summary.json");
        File.WriteAllText(csv, TimelineCsv.Render(report));
        File.WriteAllText(md, ReportMarkdown.Render(report));
        ScalingChart.Save(report, png);
        File.WriteAllText(summary, SummaryJson.Render(report));
        return [csv, md, png, summary];
    }
}
