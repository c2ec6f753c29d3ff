using Orders.Pipeline.Cli;
using Orders.Pipeline.Deploy;

namespace Orders.Pipeline.Tests.Cli;

/// <summary>Issue 23 item 9: the app is never deployed into a namespace that belongs to the cluster or to the
/// stack (its NetworkPolicy and ScaledObject would land beside their pods).</summary>
public sealed class NamespaceGrammarTests
{
    public static TheoryData<string> Reserved => new(["kube-system", "kube-public", "kube-node-lease", "default", HelmChart.Prometheus.Namespace, HelmChart.Keda.Namespace]);

    [Theory]
    [MemberData(nameof(Reserved))]
    public void A_namespace_of_the_cluster_or_the_stack_is_refused_naming_the_option(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => ArgumentGrammar.Namespace("namespace", name));

        Assert.StartsWith($"--namespace '{name}' is refused: it belongs to the cluster or to the stack", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_apps_own_namespace_is_accepted_and_so_is_a_name_that_only_contains_a_reserved_one()
    {
        Assert.Equal("orders", ArgumentGrammar.Namespace("namespace", "orders"));
        Assert.Equal("keda-demo", ArgumentGrammar.Namespace("namespace", "keda-demo"));
    }
}
