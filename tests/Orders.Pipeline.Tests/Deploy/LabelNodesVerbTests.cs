using Orders.Pipeline.Deploy;

namespace Orders.Pipeline.Tests.Deploy;

/// <summary>label-nodes: --nodes, or every node without a control-plane role from kubectl's JSON.</summary>
public sealed class LabelNodesVerbTests
{
    private const string NodesJson = """
        {"items":[
          {"metadata":{"name":"cp-1","labels":{"node-role.kubernetes.io/control-plane":""}}},
          {"metadata":{"name":"old-master","labels":{"node-role.kubernetes.io/master":""}}},
          {"metadata":{"name":"worker-1","labels":{"kubernetes.io/hostname":"worker-1"}}},
          {"metadata":{"name":"worker-2"}}
        ]}
        """;

    [Fact]
    public async Task Labels_every_node_without_a_control_plane_role()
    {
        var runner = new FakeProcessRunner().Answer("kubectl get nodes", NodesJson);

        await new LabelNodesVerb(TestCluster.Settings(Path.GetTempPath(), "--kube-context=kind-orders"), runner, TextWriter.Null).RunAsync(CancellationToken.None);

        Assert.Equal(
        [
            "kubectl get nodes --context kind-orders --output=json",
            "kubectl label nodes worker-1 role=worker-node --context kind-orders --overwrite",
            "kubectl label nodes worker-2 role=worker-node --context kind-orders --overwrite",
        ], runner.CommandLines);
    }

    [Fact]
    public async Task The_portable_layout_labels_no_node_and_says_so()
    {
        var runner = new FakeProcessRunner().Answer("kubectl get nodes", NodesJson);
        var output = new StringWriter();

        await new LabelNodesVerb(TestCluster.Settings(Path.GetTempPath(), "--layout=portable", "--nodes=minikube"), runner, output).RunAsync(CancellationToken.None);

        Assert.Empty(runner.Calls);
        Assert.Contains("--layout=portable: no node labelled", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Labels_only_the_given_nodes_without_asking_the_cluster()
    {
        var runner = new FakeProcessRunner();

        await new LabelNodesVerb(TestCluster.Settings(Path.GetTempPath(), "--nodes=minikube"), runner, TextWriter.Null).RunAsync(CancellationToken.None);

        Assert.Equal(["kubectl label nodes minikube role=worker-node --overwrite"], runner.CommandLines);
    }

    [Fact]
    public async Task A_cluster_of_control_plane_nodes_only_is_an_error_saying_to_name_the_nodes()
    {
        var runner = new FakeProcessRunner().Answer("kubectl get nodes", """{"items":[{"metadata":{"name":"minikube","labels":{"node-role.kubernetes.io/control-plane":""}}}]}""");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new LabelNodesVerb(TestCluster.Settings(Path.GetTempPath()), runner, TextWriter.Null).RunAsync(CancellationToken.None));

        Assert.Contains("--nodes=minikube", error.Message, StringComparison.Ordinal);
        Assert.Single(runner.Calls);
    }
}
