using Orders.Pipeline.Cluster;
using Orders.Pipeline.Local;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tests.Cluster;

public sealed class ClusterManifestsTests
{
    private static readonly string Base = Path.Combine(Orders.TestSupport.RepositoryRoot.Path, "k8s", "base");

    [Fact]
    public async Task The_query_the_model_replays_selects_the_namespace_given_with_namespace()
    {
        var yaml = await ClusterManifests.RenderAsync(Base, "shop", CancellationToken.None);

        var spec = ScaledObjectReader.Read(yaml, Base);

        Assert.Equal("shop", spec.Namespace);
        Assert.Contains("namespace=\"shop\"", spec.Trigger.Query, StringComparison.Ordinal);
        Assert.DoesNotContain("\"orders\"", spec.Trigger.Query, StringComparison.Ordinal);
    }
}
