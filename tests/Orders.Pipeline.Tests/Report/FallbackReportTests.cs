using System.Text.Json;
using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;
using Orders.Pipeline.Tests.Scaling;

namespace Orders.Pipeline.Tests.Report;

/// <summary>Local's report.md and summary.json say when KEDA's fallback was in force (issue 23 item 2).</summary>
public sealed class FallbackReportTests
{
    /// <summary>The sample run with one ScaledObject (fallback 3 / 4 replicas) whose reads fail from 20 to 40 s.</summary>
    private static async Task<RunReport> OutageAsync(KedaFallback? fallback)
    {
        var sample = await SampleRun.CreateAsync();
        var start = ModelSpecs.T0;
        var spec = ModelSpecs.Spec(threshold: 10, min: 2, max: 10, pollingSeconds: 15) with { Fallback = fallback };
        var readings = Enumerable.Range(0, 60).Select(s => start.AddSeconds(s))
            .Select(at => (at - start).TotalSeconds is >= 20 and < 40 ? MetricReading.Failed(at, "prometheus is down") : MetricReading.Ok(at, 15, 15))
            .ToList();
        return sample with { ScaledObjects = [ScaledObjectRun.Replay("ours", "k8s/ours", spec, readings, start)] };
    }

    [Fact]
    public async Task Report_md_names_the_seconds_the_fallback_was_in_force()
    {
        var report = await OutageAsync(new KedaFallback(3, 4));

        var periods = report.Fallback(report.ScaledObjects[0]);
        // Two reads per 15 s: the 4th failure is 15 s after the first; the first good read (by 40-54 s) ends it.
        var (from, to) = Assert.Single(periods.Periods);
        Assert.InRange(from, 35, 49);
        Assert.InRange(to, 40, 55);
        Assert.Equal(15, periods.Timings);
        Assert.InRange(periods.TimingsInForce, 1, 15);
        Assert.Contains($"- ours: fallback in force t={from}-{to} s (failureThreshold 3, replicas 4, static)", ReportMarkdown.Render(report), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_json_carries_the_fallback_and_its_periods()
    {
        var report = await OutageAsync(new KedaFallback(3, 4, FallbackBehavior.CurrentReplicasIfHigher));

        using var json = JsonDocument.Parse(SummaryJson.Render(report));

        var fallback = json.RootElement.GetProperty("scaledObjects")[0].GetProperty("fallback");
        Assert.Equal(3, fallback.GetProperty("failureThreshold").GetInt32());
        Assert.Equal("currentReplicasIfHigher", fallback.GetProperty("behavior").GetString());
        var period = Assert.Single(fallback.GetProperty("inForce").EnumerateArray().ToList());
        Assert.Equal(report.Fallback(report.ScaledObjects[0]).Periods[0].From, period.GetProperty("from").GetInt32());
    }

    [Fact]
    public async Task Without_a_fallback_the_report_says_nothing_and_the_field_is_null()
    {
        var report = await OutageAsync(null);

        Assert.DoesNotContain("fallback", ReportMarkdown.Render(report), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(SummaryJson.Render(report));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("scaledObjects")[0].GetProperty("fallback").ValueKind);
    }

    [Fact]
    public async Task A_fallback_that_never_engaged_is_said_so()
    {
        var report = await OutageAsync(new KedaFallback(100, 4));

        Assert.Contains("fallback (failureThreshold 100, replicas 4, static) never in force", ReportMarkdown.Render(report), StringComparison.Ordinal);
    }
}
