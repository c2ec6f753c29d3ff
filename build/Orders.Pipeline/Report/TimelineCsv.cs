using System.Text;

namespace Orders.Pipeline.Report;

/// <summary>
/// <c>timeline.csv</c>: one row per second since the load started. The project's ScaledObject fills
/// <c>query_value</c>, <c>expected_replicas</c> (the median HPA timing) and <c>expected_replicas_min</c> /
/// <c>_max</c> (the band over every timing); each compared one adds the same columns prefixed with its label.
/// Empty cells mean "no value" (no response that second, no Prometheus answer, no cluster).
/// </summary>
public static class TimelineCsv
{
    public static string Render(RunReport report)
    {
        var text = new StringBuilder();
        var header = new List<string> { "time_s", "target_rps", "achieved_rps", "p50_ms", "p99_ms", "errors" };
        header.AddRange(ScaledObjectColumns.Header(""));
        header.Add("actual_replicas");
        header.AddRange(report.ScaledObjects.Skip(1).SelectMany(s => ScaledObjectColumns.Header(s.Label)));
        var bands = report.ScaledObjects.Select(report.Band).ToList();
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
                cells.AddRange(ScaledObjectColumns.Cells(second < run.QueryValues.Count ? run.QueryValues[second] : null, bands[index], second));
                if (index == 0)
                {
                    cells.Add(Format(report.ActualReplicas is { } actual && second < actual.Count ? actual[second] : null));
                }
            }
            text.AppendLine(string.Join(',', cells));
        }
        return text.ToString();
    }

    private static string Format(double? value) => ScaledObjectColumns.Format(value);
}
