using System.Text.Json;

namespace Orders.Pipeline.Tests.Replay;

/// <summary>
/// The history figures and the what-if on the step scenario (0, 50 from 300 s, 0 from 600 s; threshold 10, min 2,
/// max 6, as <see cref="ReplayStepTests"/> derives). By hand: a timing whose first sync at or after 300 s falls
/// o s later (o = 0..14) holds 2 where 50 needs 5 for o s: under capacity 0 / 7 / 14 s. After 600 s the value 0
/// needs 2 and the count stays 5 until back to min b = 105..119 s later: 3 × b replica-seconds above the need,
/// 315 / 336 / 357 s = 0.0875 / 0.0933 / 0.0992 replica-hours. Doubled (--scale-load=2) 100 needs 10, clamped
/// to max 6, and the Pods policy (+4 per 15 s) takes 2 to 6 at once: peak 6.
/// </summary>
[Trait("Category", "Process")]
[Collection(BackfilledPrometheusCollection.Name)]
public sealed class ReplayWhatIfTests(BackfilledPrometheus prometheus)
{
    private static (double, double, double) Values(JsonElement figure) =>
        (figure.GetProperty("min").GetDouble(), figure.GetProperty("median").GetDouble(), figure.GetProperty("max").GetDouble());

    [ToolFact("prometheus", "promtool")]
    public async Task A_step_gives_the_hand_derived_history_figures()
    {
        using var replay = new ReplayHarness(prometheus);

        var gauge = ReplayHarness.Entry(await replay.RunAsync(0, 1200, ReplayHarness.TestData("gauge.yaml"), "step"), "gauge");

        Assert.True(gauge.GetProperty("loadStep").GetBoolean());
        Assert.Equal((0, 7, 14), Values(gauge.GetProperty("underCapacity").GetProperty("seconds")));
        var (low, median, high) = Values(gauge.GetProperty("replicaHoursAboveNeed"));
        Assert.InRange(low, 0.087, 0.088);
        Assert.InRange(median, 0.093, 0.094);
        Assert.InRange(high, 0.099, 0.1);
        // Two changes per timing (2 -> 5, 5 -> 2) in 1201 s
        Assert.Equal((2, 2, 2), Values(gauge.GetProperty("replicaChanges")));
    }

    [ToolFact("prometheus", "promtool")]
    public async Task Scale_load_doubles_the_values_and_several_ScaledObjects_sit_side_by_side()
    {
        using var replay = new ReplayHarness(prometheus);
        // gauge reads the step scenario (--namespace step), gap.yaml's two their own: three in one run
        string[] args = [.. replay.Arguments(0, 1200, ReplayHarness.TestData("gauge.yaml") + "," + ReplayHarness.TestData("gap.yaml"), "step"), "--scale-load", "2"];

        var summary = await replay.RunAsync(args, new Orders.Pipeline.Tests.Deploy.FakeProcessRunner());

        Assert.Equal((6, 6, 6), ReplayHarness.Figure(ReplayHarness.Entry(summary, "gauge"), "peakReplicas"));
        Assert.Equal(["gauge", "gap-holds", "gap-zero"], summary.GetProperty("scaledObjects").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        var report = await File.ReadAllTextAsync(Path.Combine(replay.Output, "report.md"));
        Assert.Contains("every query's value × 2", report, StringComparison.Ordinal);
        foreach (var name in new[] { "gauge", "gap-holds", "gap-zero" })
        {
            Assert.Equal(2, report.Split('\n').Count(l => l.StartsWith($"| {name} (", StringComparison.Ordinal))); // history and step tables
        }
        Assert.Equal("100", replay.Timeline()[400]["gauge_query_value"]);
    }
}
