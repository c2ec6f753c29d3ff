using Orders.Pipeline.Tests.Deploy;

namespace Orders.Pipeline.Tests.Replay;

/// <summary>Without --prometheus-url, Replay reads the cluster's Prometheus through the port-forward Smoke opens
/// (kubectl stands in: it "forwards" to the backfilled Prometheus), and stops it when done.</summary>
[Trait("Category", "Process")]
[Collection(BackfilledPrometheusCollection.Name)]
public sealed class ReplayPortForwardTests(BackfilledPrometheus prometheus)
{
    [ToolFact("prometheus", "promtool")]
    public async Task Without_a_url_it_replays_through_a_port_forward_to_the_chart_s_Prometheus_and_stops_it()
    {
        using var replay = new ReplayHarness(prometheus);
        var args = replay.Arguments(0, 1200, ReplayHarness.TestData("gauge.yaml"), "step").ToList();
        args.RemoveRange(args.IndexOf("--prometheus-url"), 2);
        var runner = new FakeProcessRunner().Prints("kubectl port-forward", $"Forwarding from 127.0.0.1:{prometheus.Url.Port} -> 9090");

        var summary = await replay.RunAsync([.. args, "--kube-context", "kind-orders"], runner);

        Assert.Equal(["kubectl port-forward svc/prometheus-server :80 --namespace prometheus --context kind-orders --address=127.0.0.1"], runner.CommandLines);
        Assert.Equal(1, runner.StoppedTools);
        Assert.Equal((5, 5, 5), ReplayHarness.Figure(ReplayHarness.Entry(summary, "gauge"), "peakReplicas"));
    }

    [ToolFact("prometheus", "promtool")]
    public async Task A_forward_that_fails_is_named_and_nothing_is_written()
    {
        using var replay = new ReplayHarness(prometheus);
        var args = replay.Arguments(0, 1200, ReplayHarness.TestData("gauge.yaml"), "step").ToList();
        args.RemoveRange(args.IndexOf("--prometheus-url"), 2);
        var runner = new FakeProcessRunner().PrintsAndExits("kubectl port-forward", "error: services \"prometheus-server\" not found");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => replay.RunAsync(args, runner));

        Assert.StartsWith("kubectl port-forward to svc/prometheus-server exited without forwarding", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(replay.Output, "summary.json")));
    }
}
