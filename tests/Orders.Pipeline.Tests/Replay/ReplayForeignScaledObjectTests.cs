using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Replay;

/// <summary>
/// A ScaledObject that is not this project's (TestData/foreign-scaledobject.yaml: triggers rps, threshold 10,
/// activation 5, and queue, threshold 50, activation 20, ignoreNullValues false; min 0, max 8, cooldown 60 s;
/// fallback 2 / 3; scale-up at most 2 pods per 30 s, scale-down window 60 s) replayed over BackfilledData's
/// <c>foreign</c> series. Derived by hand, for every one of the 15 HPA timings:
/// <list type="bullet">
/// <item>0-299 s: both at 0, not above their activation thresholds: 0 replicas.</item>
/// <item>300-599 s: rps 42 activates it (0 -&gt; 1 at the first poll), then rps asks for ceil(4.2) = 5 and queue for
/// 2: the HPA takes 5, 2 pods per 30 s (1, 3, 5): 5 well before 580 s.</item>
/// <item>600-899 s: rps 10 asks for 1, queue 300 for 6: the larger, 6.</item>
/// <item>from about 915 s queue is empty (its last sample 885 s, a 30 s window), an error: while it counts up to
/// failureThreshold 2 the HPA holds 6 (an invalid metric blocks the scale-down rps asks for); from its 3rd failed
/// read queue falls back to 3 x 50, asking for 3, and after the 60 s window the count is 3 until 1200 s.</item>
/// <item>from 1200 s both are 0: inactive, and 60 s after the last active poll (before 1200 s) KEDA scales to 0.</item>
/// </list>
/// </summary>
[Trait("Category", "Process")]
[Collection(BackfilledPrometheusCollection.Name)]
public sealed class ReplayForeignScaledObjectTests(BackfilledPrometheus prometheus)
{
    public static string ScaledObject => RepositoryRoot.Combine("tests", "Orders.Pipeline.Tests", "TestData", "foreign-scaledobject.yaml");

    [ToolFact("prometheus", "promtool")]
    public async Task Two_triggers_activation_from_zero_a_fallback_and_a_behavior_replay_as_derived_by_hand()
    {
        using var replay = new ReplayHarness(prometheus);

        var summary = await replay.RunAsync(0, 1500, ScaledObject, "foreign");

        var rows = replay.Timeline();
        (string, string) Band(int second) => (rows[second]["checkout_expected_replicas_min"], rows[second]["checkout_expected_replicas_max"]);
        Assert.Equal(("0", "0"), Band(250));
        Assert.Equal(("5", "5"), Band(580));
        Assert.Equal(("6", "6"), Band(880));
        Assert.Equal(("6", "6"), Band(925)); // queue failing: held (invalid metric, then the 60 s window)
        Assert.Equal(("3", "3"), Band(1150));
        Assert.Equal(("0", "0"), Band(1450));
        var entry = ReplayHarness.Entry(summary, "checkout");
        Assert.Equal((6, 6, 6), ReplayHarness.Figure(entry, "peakReplicas"));
        var period = Assert.Single(entry.GetProperty("fallback").GetProperty("inForce").EnumerateArray().ToList());
        Assert.InRange(period.GetProperty("from").GetInt32(), 915, 945); // the 3rd failed read after 915 s
        Assert.InRange(period.GetProperty("to").GetInt32(), 1200, 1215); // the first read with a sample again
    }
}
