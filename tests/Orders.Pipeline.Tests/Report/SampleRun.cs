using Orders.Pipeline.Load;
using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;
using Orders.Pipeline.Tests.Scaling;

namespace Orders.Pipeline.Tests.Report;

/// <summary>A run built without any process: a 60 s profile, a load result that met it, and two
/// ScaledObjects replayed on a query that follows the rate (ours) or lags it (a stand-in for the tutorial's).</summary>
internal static class SampleRun
{
    public static async Task<RunReport> CreateAsync()
    {
        var profile = LoadProfile.Parse("10s:0->50, 20s:50, 30s:0");
        var start = ModelSpecs.T0;
        var seconds = Enumerable.Range(0, 60).Select(s => new LoadSecond(s, profile.RateAt(TimeSpan.FromSeconds(s + 0.5)),
            (long)profile.RateAt(TimeSpan.FromSeconds(s + 0.5)), (long)profile.RateAt(TimeSpan.FromSeconds(s + 0.5)), s == 12 ? 1 : 0, 0, 0,
            s < 30 ? 101 : null, s < 30 ? 140 : null)).ToList();
        var load = new LoadResult(start, profile.TotalRequests, seconds);
        var ours = ModelSpecs.Spec(threshold: 10, min: 1, max: 10, behavior: new HpaBehavior(null, new HpaScalingRules(TimeSpan.FromSeconds(15))));
        var tutorial = ModelSpecs.Spec(threshold: 100, min: 2, max: 10) with { Name = "tutorial" };
        double Rate(DateTimeOffset at) => profile.RateAt(at - start);
        return new RunReport("local", new Uri("http://127.0.0.1:8181"), new Uri("http://127.0.0.1:9090"), profile, LoadEndpoint.Product,
            new LoadOptions(), load,
            [
                await Run("ours", ours, at => Rate(at), start),
                await Run("tutorial", tutorial, at => Rate(at) * 3, start),
            ]);
    }

    private static Task<ScaledObjectRun> Run(string label, ScaledObjectSpec spec, Func<DateTimeOffset, double> value, DateTimeOffset start)
    {
        var readings = Enumerable.Range(0, 60).Select(s => start.AddSeconds(s)).Select(at => MetricReading.Ok(at, value(at), value(at))).ToList();
        return Task.FromResult(ScaledObjectRun.Replay(label, $"k8s/{label}", spec, readings, start));
    }
}
