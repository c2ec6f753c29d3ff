using System.Globalization;
using System.Text;

namespace Orders.Pipeline.Report;

/// <summary>
/// <c>timeline.csv</c>: one row per second since the load started. The project's ScaledObject fills
/// <c>query_value</c> and <c>expected_replicas</c>; each compared one adds <c>{label}_query_value</c> and
/// <c>{label}_expected_replicas</c>. Empty cells mean "no value" (no response that second, no Prometheus
/// answer, no cluster).
/// </summary>
public static class TimelineCsv
{
    public static string Render(RunReport report)
    {
        var text = new StringBuilder();
        var header = new List<string> { "time_s", "target_rps", "achieved_rps", "p50_ms", "p99_ms", "errors", "query_value", "expected_replicas", "actual_replicas" };
        header.AddRange(report.ScaledObjects.Skip(1).SelectMany(s => new[] { $"{s.Label}_query_value", $"{s.Label}_expected_replicas" }));
        text.AppendLine(string.Join(',', header));
        for (var second = 0; second < report.Seconds; second++)
        {
            var load = second < report.Load.Seconds.Count ? report.Load.Seconds[second] : null;
            var cells = new List<string?>
            {
                Format(second),
                Format(load?.TargetRate),
                Format(load?.AchievedRate),
                Format(load?.P50Milliseconds),
                Format(load?.P99Milliseconds),
                Format(load is null ? null : load.Errors + load.Timeouts),
            };
            foreach (var (run, index) in report.ScaledObjects.Select((r, i) => (r, i)))
            {
                cells.Add(Format(second < run.QueryValues.Count ? run.QueryValues[second] : null));
                cells.Add(Format(run.ReplicasAt(report.Start, second)));
                if (index == 0)
                {
                    cells.Add(Format(report.ActualReplicas is { } actual && second < actual.Count ? actual[second] : null));
                }
            }
            text.AppendLine(string.Join(',', cells));
        }
        return text.ToString();
    }

    private static string Format(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "";
}
