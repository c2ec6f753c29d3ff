using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests.Policies;

/// <summary>
/// Pods get no service account token (the default mounts one): neither container calls the Kubernetes API,
/// so a token would only serve whoever takes over a container.
/// </summary>
public sealed class NoServiceAccountToken : IManifestPolicy
{
    public IEnumerable<PolicyViolation> Check(ManifestSet manifests)
    {
        foreach (var deployment in manifests.Deployments)
        {
            var automount = deployment.Spec?.Template?.Spec?.AutomountServiceAccountToken;
            if (automount != false)
            {
                yield return new(Describe.Object(deployment), "spec.template.spec.automountServiceAccountToken",
                    "false (no container calls the Kubernetes API)", Describe.Value(automount));
            }
        }
    }
}
