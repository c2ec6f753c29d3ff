using Orders.Pipeline.Cluster;

namespace Orders.Pipeline.Tests.Cluster;

public sealed class KubectlStatusTests
{
    private static readonly Orders.Pipeline.Infrastructure.ToolCall Kubectl = new("kubectl", ["get", "deployment/orders", "--output=json"], TimeSpan.FromSeconds(10));

    [Fact]
    public void Reads_ready_replicas_hpa_counts_and_ScaledObject_conditions_from_one_list()
    {
        const string json = """
            {"kind":"List","items":[
              {"kind":"Deployment","status":{"replicas":4,"readyReplicas":3}},
              {"kind":"HorizontalPodAutoscaler","status":{"currentReplicas":4,"desiredReplicas":5}},
              {"kind":"ScaledObject","status":{"conditions":[{"type":"Ready","status":"True"},{"type":"Active","status":"False"}]}}
            ]}
            """;

        var sample = KubectlStatus.Parse(Kubectl, DateTimeOffset.UnixEpoch, json, 42.5);

        Assert.Equal(new Orders.Pipeline.Cluster.ClusterSample(DateTimeOffset.UnixEpoch, 3, 4, 5, "True", "False", 42.5, null), sample);
    }

    [Fact]
    public void A_deployment_without_ready_pods_reads_as_zero()
    {
        var sample = KubectlStatus.Parse(Kubectl, DateTimeOffset.UnixEpoch, """{"items":[{"kind":"Deployment","status":{"replicas":2}}]}""", null);

        Assert.Equal(0, sample.ReadyReplicas);
        Assert.Null(sample.HpaDesired);
    }
}
