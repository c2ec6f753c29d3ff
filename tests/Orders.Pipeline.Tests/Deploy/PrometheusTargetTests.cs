using Orders.Pipeline.Cli;
using Orders.Pipeline.Deploy;

namespace Orders.Pipeline.Tests.Deploy;

/// <summary>The NetworkPolicy admits --prometheus-namespace and the ScaledObject asks --prometheus-address: the two
/// must name the same namespace, or every scrape of the exporter is refused and the app sits at its fallback.</summary>
public sealed class PrometheusTargetTests
{
    [Fact]
    public void An_address_alone_brings_its_namespace_for_the_policy()
    {
        var args = new CommandLine(["apply", "--prometheus-address=http://prometheus-server.metrics.svc.cluster.local:80"], _ => null, TextWriter.Null);

        var target = PrometheusTarget.From(args);

        Assert.Equal("metrics", target.Namespace);
    }

    [Fact]
    public void A_namespace_and_an_address_that_disagree_are_refused_naming_both()
    {
        var args = new CommandLine(["apply", "--prometheus-namespace=monitoring", "--prometheus-address=http://prometheus-server.metrics.svc.cluster.local:80"], _ => null, TextWriter.Null);

        var error = Assert.Throws<ArgumentException>(() => PrometheusTarget.From(args));

        Assert.Contains("'metrics'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'monitoring'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_address_outside_the_cluster_keeps_the_given_namespace()
    {
        var args = new CommandLine(["apply", "--prometheus-namespace=monitoring", "--prometheus-address=https://thanos.example.com"], _ => null, TextWriter.Null);

        Assert.Equal("monitoring", PrometheusTarget.From(args).Namespace);
    }
}
