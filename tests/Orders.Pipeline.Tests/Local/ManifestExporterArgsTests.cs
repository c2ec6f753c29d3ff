using Orders.Pipeline.Local;

namespace Orders.Pipeline.Tests.Local;

/// <summary>Local's exporter gets the args k8s/base gives the exporter container: the buckets that ship.</summary>
public sealed class ManifestExporterArgsTests
{
    [ToolFact("kubectl")]
    [Trait("Category", "Process")]
    public async Task Reads_the_exporters_duration_buckets_from_the_rendered_base()
    {
        var args = await ManifestExporterArgs.RenderAsync(Path.Combine(Orders.TestSupport.RepositoryRoot.Path, "k8s", "base"), CancellationToken.None);

        Assert.NotEmpty(args);
        Assert.All(args, a => Assert.StartsWith("--Exporter:DurationBuckets:", a, StringComparison.Ordinal));
        Assert.Contains("--Exporter:DurationBuckets:0=", args[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_pod_without_the_exporter_image_is_an_error_naming_the_source()
    {
        const string Yaml = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: orders}
            spec:
              template:
                spec:
                  containers:
                    - {name: app, image: registry.local/orders-app:1}
            """;

        var error = Assert.Throws<InvalidDataException>(() => ManifestExporterArgs.Read(Orders.Pipeline.Manifests.RenderedManifests.Read(Yaml, "my-overlay")));

        Assert.StartsWith("my-overlay: 0 containers run the orders-exporter image", error.Message, StringComparison.Ordinal);
    }
}
