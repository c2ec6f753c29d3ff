using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests.Policies;

/// <summary>
/// A Deployment scaled by an HPA carries no `replicas`: every apply would reset the HPA's count to it,
/// and two owners of one field fight over it (server-side apply reports the conflict).
/// </summary>
public sealed class ReplicasLeftToAutoscaler : IManifestPolicy
{
    public IEnumerable<PolicyViolation> Check(ManifestSet manifests)
    {
        foreach (var deployment in manifests.Deployments.Where(d => d.Spec?.Replicas is not null))
        {
            yield return new(Describe.Object(deployment), "spec.replicas",
                "unset (the ScaledObject's HPA owns the replica count)", Describe.Value(deployment.Spec!.Replicas));
        }
    }
}
