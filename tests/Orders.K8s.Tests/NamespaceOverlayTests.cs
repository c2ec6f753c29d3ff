using Orders.K8s.Tests.Policies;
using Orders.K8s.Tests.Rendering;
using Orders.K8s.Tests.TestSupport;

namespace Orders.K8s.Tests;

/// <summary>
/// What the pipeline does: a kustomization of its own, in a temporary folder, that uses k8s/base and sets
/// `namespace:` and `images:`. Everything must follow, the ScaledObject's query included.
/// </summary>
[Trait("Category", "Process")]
public sealed class NamespaceOverlayTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("orders-k8s-");

    [ToolFact("kubectl")]
    public void Namespace_registry_and_tag_set_on_top_reach_every_object_and_the_query()
    {
        // Given: Kustomize refuses absolute resource paths, so the base is referenced relatively
        var basePath = Path.GetRelativePath(_folder.FullName, RepositoryFiles.BaseDirectory).Replace('\\', '/');
        File.WriteAllText(Path.Combine(_folder.FullName, "kustomization.yaml"), $"""
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            namespace: other
            resources:
              - {basePath}
            images:
              - name: orders-app
                newName: registry.test:5000/orders-app
                newTag: "1.2.3"
              - name: orders-exporter
                newName: registry.test:5000/orders-exporter
                newTag: "1.2.3"
            """);

        // When
        var manifests = Rendered.Parse("kustomization on top of k8s/base", Kubectl.Kustomize(_folder.FullName));

        // Then
        Assert.Equal("other", Assert.Single(manifests.Namespaces).Metadata.Name);
        var deployment = Assert.Single(manifests.Deployments);
        Assert.Equal("other", deployment.Metadata.NamespaceProperty);
        Assert.Equal("other", Assert.Single(manifests.Services).Metadata.NamespaceProperty);
        Assert.Equal("other", Assert.Single(manifests.NetworkPolicies).Metadata.NamespaceProperty);
        var scaledObject = Assert.Single(manifests.ScaledObjects);
        Assert.Equal("other", scaledObject["metadata"]?["namespace"]?.ToString());
        Assert.Equal(
            "sum(rate(product_order_total{job=\"orders-exporter\",namespace=\"other\"}[20s]))",
            ScaledObjectTriggers.PrometheusQueries(scaledObject).Single().Query);
        var pod = deployment.Spec.Template.Spec;
        Assert.Equal("registry.test:5000/orders-app:1.2.3", Assert.Single(pod.Containers).Image);
        Assert.Equal("registry.test:5000/orders-exporter:1.2.3", Assert.Single(pod.InitContainers).Image);
        ManifestAssert.KeepsEveryPolicy(manifests);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
