using Orders.K8s.Tests.Rendering;
using Orders.K8s.Tests.TestSupport;

namespace Orders.K8s.Tests;

/// <summary>
/// The seed's layout is a choice: k8s/base renders a ClusterIP Service and no nodeSelector, so it fits a cluster
/// whose nodes may not be labelled; k8s/components/seed-layout adds NodePort 30081 and role=worker-node, and
/// k8s/seed (base + component, what Deploy renders by default) and the tutorial overlay keep them.
/// </summary>
[Trait("Category", "Process")]
public sealed class SeedLayoutTests
{
    [ToolFact("kubectl")]
    public void The_base_is_portable_a_ClusterIP_Service_and_no_nodeSelector()
    {
        var manifests = Rendered.Base();

        var service = Assert.Single(manifests.Services);
        Assert.True(service.Spec.Type is null or "ClusterIP", $"k8s/base's Service is {service.Spec.Type}; the seed's NodePort belongs in k8s/components/seed-layout.");
        Assert.All(service.Spec.Ports, port => Assert.Null(port.NodePort));
        Assert.Null(Assert.Single(manifests.Deployments).Spec.Template.Spec.NodeSelector);
    }

    [ToolFact("kubectl")]
    public void The_seed_renders_NodePort_30081_and_the_worker_node_selector_and_keeps_every_policy()
    {
        var manifests = Rendered.Parse("k8s/seed", Kubectl.Kustomize(RepositoryFiles.SeedDirectory));

        var service = Assert.Single(manifests.Services);
        Assert.Equal("NodePort", service.Spec.Type);
        var port = Assert.Single(service.Spec.Ports);
        Assert.Equal((30081, 8181, "http"), (port.NodePort, port.Port, port.TargetPort.Value));
        var selector = Assert.Single(manifests.Deployments).Spec.Template.Spec.NodeSelector;
        Assert.Equal(new Dictionary<string, string> { ["role"] = "worker-node" }, selector);
        ManifestAssert.KeepsEveryPolicy(manifests);
    }

    [ToolFact("kubectl")]
    public void The_worker_node_label_is_the_one_LabelNodes_sets()
    {
        var selector = Assert.Single(Rendered.Parse("k8s/seed", Kubectl.Kustomize(RepositoryFiles.SeedDirectory)).Deployments)
            .Spec.Template.Spec.NodeSelector.Single();

        Assert.Equal(Orders.Pipeline.Deploy.LabelNodesVerb.WorkerRoleLabel, $"{selector.Key}={selector.Value}");
    }

    [ToolFact("kubectl")]
    public void Everything_but_the_layout_is_the_base()
    {
        var seed = Rendered.Parse("k8s/seed", Kubectl.Kustomize(RepositoryFiles.SeedDirectory));
        var @base = Rendered.Base();

        var seedPod = Assert.Single(seed.Deployments);
        seedPod.Spec.Template.Spec.NodeSelector = null;
        var seedService = Assert.Single(seed.Services);
        seedService.Spec.Type = null;
        seedService.Spec.Ports[0].NodePort = null;

        Assert.Equal(Json(@base.Deployments), Json(seed.Deployments));
        Assert.Equal(Json(@base.Services), Json(seed.Services));
        Assert.Equal(Json(@base.ScaledObjects), Json(seed.ScaledObjects));
        Assert.Equal(Json(@base.NetworkPolicies), Json(seed.NetworkPolicies));
    }

    private static string Json(object value) => k8s.KubernetesJson.Serialize(value);
}
