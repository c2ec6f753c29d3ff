using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests.Policies;

/// <summary>The ScaledObject scales the Deployment rendered beside it (kind and apiVersion default to Deployment, apps/v1).</summary>
public sealed class ScaledObjectTargetsDeployment : IManifestPolicy
{
    public IEnumerable<PolicyViolation> Check(ManifestSet manifests)
    {
        var deployments = manifests.Deployments.Select(d => d.Metadata?.Name).ToHashSet();
        foreach (var scaledObject in manifests.ScaledObjects)
        {
            var target = scaledObject["spec"]?["scaleTargetRef"];
            var kind = target?["kind"]?.ToString() ?? "Deployment";
            var apiVersion = target?["apiVersion"]?.ToString() ?? "apps/v1";
            var name = target?["name"]?.ToString();
            if (kind != "Deployment" || apiVersion != "apps/v1" || !deployments.Contains(name))
            {
                yield return new(Describe.Object(scaledObject), "spec.scaleTargetRef",
                    $"the Deployment rendered beside it ({string.Join(", ", deployments)}), apps/v1",
                    $"{apiVersion} {kind} {Describe.Value(name)}");
            }
        }
    }
}
