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
            "time_s,target_rps,achieved_rps,p50_ms,p99_ms,errors,query_value,expected_replicas,actual_replicas,tutorial_query_value,tutorial_expected_replicas",
            lines[0]);
        Assert.Equal(61, lines.Length);
        var row20 = lines[21].Split(',');
        Assert.Equal(["20", "50", "50", "101", "140", "0", "50"], row20[..7]);
        Assert.Equal("5", row20[7]);   // 50 orders/s over a threshold of 10, reached by t=20
        Assert.Equal("", row20[8]);    // no cluster, no actual replicas
        Assert.Equal("150", row20[9]);
        Assert.Equal("1", lines[13].Split(',')[5]); // the error of second 12
    }

    [Fact]
    public async Task The_markdown_names_peak_times_and_configuration_of_each_ScaledObject()
    {
        var report = await SampleRun.CreateAsync();

        var md = ReportMarkdown.Render(report);

        Assert.Contains("| ours (`k8s/ours`) | `sum(rate(product_order_total[1m]))` | 10 | 1..10 | 5 |", md, StringComparison.Ordinal);
        Assert.Contains("needs **5 replicas**", md, StringComparison.Ordinal);
        Assert.Contains("| time to 5 replicas |", md, StringComparison.Ordinal);
        Assert.Contains("| tutorial (`k8s/tutorial`)", md, StringComparison.Ordinal);
        Assert.Contains("profile: `10s:0->50, 20s:50, 30s:0`", md, StringComparison.Ordinal);
        Assert.Contains("no HPA behavior", md, StringComparison.Ordinal);
        Assert.Contains("scaleDown window 15 s", md, StringComparison.Ordinal);
        Assert.Contains("![scaling](scaling.png)", md, StringComparison.Ordinal);
        var ours = report.Outcome(report.ScaledObjects[0]);
        Assert.Equal(5, ours.Peak);
        Assert.NotNull(ours.TimeBackToMin);
        Assert.Contains($"{ours.TimeBackToMin!.Value.TotalSeconds:0} s |", md, StringComparison.Ordinal);
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
