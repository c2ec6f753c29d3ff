using k8s.Models;

namespace Orders.K8s.Tests.Policies;

/// <summary>Every container of a Deployment's pod template, init containers (sidecars) included, with its field path.</summary>
public static class PodContainers
{
    public static IEnumerable<(V1Container Container, string Path)> Of(V1Deployment deployment)
    {
        var pod = deployment.Spec?.Template?.Spec;
        foreach (var container in pod?.InitContainers ?? [])
        {
            yield return (container, $"spec.template.spec.initContainers[{container.Name}]");
        }

        foreach (var container in pod?.Containers ?? [])
        {
            yield return (container, $"spec.template.spec.containers[{container.Name}]");
        }
    }
}
