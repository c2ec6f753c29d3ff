using Orders.Pipeline.Report;
using SkiaSharp;

namespace Orders.Pipeline.Tests.Report;

public sealed class ReportRenderingTests
{
    [Fact]
    public async Task The_timeline_has_one_row_per_second_and_the_agreed_columns()
    {
        var report = await SampleRun.CreateAsync();

        var lines = TimelineCsv.Render(report).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            "time_s,target_rps,achieved_rps,p50_ms,p99_ms,errors,query_value,expected_replicas,expected_replicas_min,expected_replicas_max,actual_replicas,"
            + "tutorial_query_value,tutorial_expected_replicas,tutorial_expected_replicas_min,tutorial_expected_replicas_max",
            lines[0]);
        Assert.Equal(61, lines.Length);
        var row20 = lines[21].Split(',');
        Assert.Equal(["20", "50", "50", "101", "140", "0", "50"], row20[..7]);
        // 50 orders/s over a threshold of 10: the median timing has 5 by t=20; the timing first syncing at
        // 6 s read 30 (3 replicas) and syncs again only at 21 s, so the band still starts at 3
        Assert.Equal(["5", "3", "5"], row20[7..10]);
        Assert.Equal("", row20[10]);    // no cluster, no actual replicas
        Assert.Equal("150", row20[11]);
        Assert.Equal("1", lines[13].Split(',')[5]); // the error of second 12
    }

    [Fact]
    public async Task The_markdown_names_peak_times_and_configuration_of_each_ScaledObject()
    {
        var report = await SampleRun.CreateAsync();

        var md = ReportMarkdown.Render(report);

        Assert.Contains("| ours (`k8s/ours`) | `sum(rate(product_order_total[1m]))` | 10 | 1..10 | 5 |", md, StringComparison.Ordinal);
        Assert.Contains("needs **5 replicas**", md, StringComparison.Ordinal);
        Assert.Contains("Modelled: Kubernetes 1.33 (tolerance 1-down <= ratio <= 1+up), KEDA 2.20.2 (milli-units rounded, negatives sent as 0).", md, StringComparison.Ordinal);
        Assert.Contains("| time to 5 replicas |", md, StringComparison.Ordinal);
        Assert.Contains("| tutorial (`k8s/tutorial`)", md, StringComparison.Ordinal);
        Assert.Contains("profile: `10s:0->50, 20s:50, 30s:0`", md, StringComparison.Ordinal);
        Assert.Contains("no HPA behavior", md, StringComparison.Ordinal);
        Assert.Contains("scaleDown window 15 s", md, StringComparison.Ordinal);
        Assert.Contains("![scaling](scaling.png)", md, StringComparison.Ordinal);
        Assert.Contains("min / median / max over the 15 HPA timings", md, StringComparison.Ordinal);
        var ours = report.Ranges(report.ScaledObjects[0]);
        Assert.Equal(new FigureRange(5, 5, 5), ours.PeakReplicas);
        Assert.NotNull(ours.SecondsBackToMin.Max);
        Assert.Contains($"| {ours.SecondsBackToMin.Text(" s")} |", md, StringComparison.Ordinal);
        Assert.Contains("- tutorial: no HPA behavior", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chart_is_a_png_that_decodes()
    {
        var report = await SampleRun.CreateAsync();
        var directory = Directory.CreateTempSubdirectory("orders-report-");
        try
        {
            var files = ReportWriter.Write(report, directory.FullName);

            Assert.All(files, f => Assert.True(new FileInfo(f).Length > 0, f));
            Assert.Contains(Path.Combine(directory.FullName, "summary.json"), files);
            using var bitmap = SKBitmap.Decode(Path.Combine(directory.FullName, "scaling.png"));
            Assert.NotNull(bitmap);
            Assert.Equal((1100, 1000), (bitmap.Width, bitmap.Height));
            Assert.True(bitmap.Pixels.Distinct().Count() > 10, "the chart is not blank");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
