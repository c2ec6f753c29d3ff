using System.Text.Json;
using Orders.Pipeline.Report;

namespace Orders.Pipeline.Tests.Report;

public sealed class SummaryJsonTests
{
    [Fact]
    public async Task Has_exactly_the_issue_s_shape_for_every_ScaledObject()
    {
        var report = await SampleRun.CreateAsync();

        using var json = JsonDocument.Parse(SummaryJson.Render(report));

        var root = json.RootElement;
        Assert.Equal(["model", "scaledObjects"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("1.33", root.GetProperty("model").GetProperty("kubernetes").GetString());
        Assert.Equal("2.20.2", root.GetProperty("model").GetProperty("keda").GetString());
        var objects = root.GetProperty("scaledObjects").EnumerateArray().ToList();
        Assert.Equal(["ours", "tutorial"], objects.Select(o => o.GetProperty("name").GetString()));
        foreach (var o in objects)
        {
            Assert.Equal(["name", "source", "query", "peakReplicas", "secondsToPeak", "secondsBackToMin", "warnings", "fallback"], o.EnumerateObject().Select(p => p.Name));
        }
        var ours = objects[0];
        var ranges = report.Ranges(report.ScaledObjects[0]);
        Assert.Equal("k8s/ours", ours.GetProperty("source").GetString());
        Assert.Equal(ranges.PeakReplicas.Max, ours.GetProperty("peakReplicas").GetProperty("max").GetInt32());
        Assert.Equal(ranges.SecondsToPeak.Median, ours.GetProperty("secondsToPeak").GetProperty("median").GetInt32());
        Assert.Equal(["min", "median", "max"], ours.GetProperty("secondsBackToMin").EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, ours.GetProperty("fallback").ValueKind); // no spec.fallback
        Assert.Contains(objects[1].GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("no HPA behavior", StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_no_timing_reached_is_null()
    {
        var never = new FigureRange(null, null, null);
        var ranges = new ScalingRanges(new FigureRange(2, 2, 2), never, never, never, 2, 15, []);

        using var json = JsonDocument.Parse(SummaryJson.Render([new SummaryJson.Entry("x", "f.yaml", "q", ranges, [])]));

        var o = json.RootElement.GetProperty("scaledObjects")[0];
        Assert.Equal(JsonValueKind.Null, o.GetProperty("secondsToPeak").ValueKind);
        Assert.Equal(JsonValueKind.Null, o.GetProperty("secondsBackToMin").ValueKind);
        Assert.Equal(0, o.GetProperty("warnings").GetArrayLength());
    }
}
