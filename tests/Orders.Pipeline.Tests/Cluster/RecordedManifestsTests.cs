using Orders.Pipeline.Cluster;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Manifests;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tests.Cluster;

/// <summary>What LoadTest records from the real base: the pods' selector it reads pod starts and restarts by,
/// and the ScaledObject it writes for --judge, which reads back as the spec the run modelled.</summary>
public sealed class RecordedManifestsTests
{
    private static readonly string Base = Path.Combine(Orders.TestSupport.RepositoryRoot.Path, "k8s", "base");

    [ToolFact("kubectl")]
    [Trait("Category", "Process")]
    public async Task The_real_base_gives_a_pod_selector_and_a_ScaledObject_that_reads_back_unchanged()
    {
        var manifests = await ManifestRenderer.ReadAsync(new ProcessRunner(TextWriter.Null), Base, "shop", CancellationToken.None);

        var selector = KubectlPods.SelectorOf(manifests);
        var yaml = RecordedRunFiles.ScaledObjectYaml(manifests);

        Assert.Matches(@"^[\w./-]+=[\w.-]+(,[\w./-]+=[\w.-]+)*$", selector);
        var (expected, read) = (ScaledObjectReader.Read(manifests.Documents, manifests.Source), ScaledObjectReader.Read(yaml, "scaledobject.yaml"));
        Assert.Equal(expected with { Behavior = null }, read with { Behavior = null });
        Assert.Equal(expected.Behavior!.ScaleUp! with { Policies = [] }, read.Behavior!.ScaleUp! with { Policies = [] });
        Assert.Equal(expected.Behavior.ScaleUp.Policies, read.Behavior.ScaleUp.Policies);
        Assert.Equal(expected.Behavior.ScaleDown! with { Policies = [] }, read.Behavior.ScaleDown! with { Policies = [] });
        Assert.Equal(expected.Behavior.ScaleDown.Policies, read.Behavior.ScaleDown.Policies);
    }

    [Fact]
    public void A_Deployment_without_matchLabels_is_refused_naming_the_source()
    {
        var manifests = RenderedManifests.Read("kind: Deployment\nmetadata: {name: orders}\nspec: {selector: {}}\n", "render.yaml");

        var error = Assert.Throws<InvalidDataException>(() => KubectlPods.SelectorOf(manifests));

        Assert.Contains("render.yaml: the Deployment has no spec.selector.matchLabels", error.Message, StringComparison.Ordinal);
    }
}
