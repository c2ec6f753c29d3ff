using Orders.Pipeline.Cluster;
using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Tests.Cluster;

/// <summary>Pod start comes from the pods' own conditions, and only restarts after sampling began count.</summary>
public sealed class PodObservationTests
{
    private static readonly ToolCall GetPods = new("kubectl", ["get", "pods", "--output=json"], TimeSpan.FromSeconds(10));

    private const string Pods = """
        {"items": [
          {"metadata": {"name": "orders-old"}, "status": {
            "conditions": [{"type": "PodScheduled", "status": "True", "lastTransitionTime": "2026-01-01T00:00:00Z"},
                           {"type": "Ready", "status": "True", "lastTransitionTime": "2026-01-01T00:00:20Z"}],
            "containerStatuses": [{"restartCount": 3}, {"restartCount": 1}]}},
          {"metadata": {"name": "orders-new"}, "status": {
            "conditions": [{"type": "PodScheduled", "status": "True", "lastTransitionTime": "2026-01-01T00:10:00Z"},
                           {"type": "Ready", "status": "False", "lastTransitionTime": "2026-01-01T00:10:00Z"}]}}
        ]}
        """;

    [Fact]
    public void Parses_scheduled_and_ready_times_and_sums_the_containers_restarts()
    {
        var pods = PodObservation.Parse(GetPods, Pods);

        Assert.Equal(new PodObservation("orders-old", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 1, 1, 0, 0, 20, TimeSpan.Zero), 4), pods[0]);
        Assert.Null(pods[1].Ready);
        Assert.Equal(0, pods[1].Restarts);
    }

    [Fact]
    public void Restarts_from_before_the_run_do_not_count_but_later_ones_and_a_new_pods_do()
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 9, 0, TimeSpan.Zero);
        var tracker = new PodTracker();
        var first = PodObservation.Parse(GetPods, Pods);
        tracker.Observe(first);
        tracker.Observe([first[0], first[1] with { Ready = start.AddSeconds(75), Restarts = 2 }]);

        var records = tracker.Records(start);

        Assert.Equal(0, records.Single(p => p.Name == "orders-old").RestartsDuringRun);
        var fresh = records.Single(p => p.Name == "orders-new");
        Assert.Equal(2, fresh.RestartsDuringRun);
        Assert.Equal(15, fresh.StartSeconds);
    }
}
