using k8s.Models;
using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests.Policies;

/// <summary>
/// Every container, sidecars included, runs as non-root on a read-only root filesystem with no privilege
/// escalation, no capabilities and the runtime's seccomp profile. runAsNonRoot and seccompProfile may come
/// from the pod's securityContext (the container's own value wins, as in the kubelet).
/// </summary>
public sealed class ContainersAreHardened : IManifestPolicy
{
    public IEnumerable<PolicyViolation> Check(ManifestSet manifests)
    {
        foreach (var deployment in manifests.Deployments)
        {
            var pod = deployment.Spec?.Template?.Spec?.SecurityContext;
            foreach (var (container, path) in PodContainers.Of(deployment))
            {
                var own = container.SecurityContext;
                var field = $"{path}.securityContext";
                var runAsNonRoot = own?.RunAsNonRoot ?? pod?.RunAsNonRoot;
                if (runAsNonRoot != true)
                {
                    yield return new(Describe.Object(deployment), $"{field}.runAsNonRoot",
                        "true (here or in spec.template.spec.securityContext)", Describe.Value(runAsNonRoot));
                }

                if (own?.ReadOnlyRootFilesystem != true)
                {
                    yield return new(Describe.Object(deployment), $"{field}.readOnlyRootFilesystem",
                        "true (write only to volumes)", Describe.Value(own?.ReadOnlyRootFilesystem));
                }

                if (own?.AllowPrivilegeEscalation != false)
                {
                    yield return new(Describe.Object(deployment), $"{field}.allowPrivilegeEscalation",
                        "false", Describe.Value(own?.AllowPrivilegeEscalation));
                }

                var dropped = own?.Capabilities?.Drop ?? [];
                if (!dropped.Contains("ALL") || (own?.Capabilities?.Add?.Count ?? 0) > 0)
                {
                    yield return new(Describe.Object(deployment), $"{field}.capabilities",
                        "drop: [ALL] and nothing added",
                        $"drop: [{string.Join(", ", dropped)}], add: [{string.Join(", ", own?.Capabilities?.Add ?? [])}]");
                }

                var seccomp = (own?.SeccompProfile ?? pod?.SeccompProfile)?.Type;
                if (seccomp is not ("RuntimeDefault" or "Localhost"))
                {
                    yield return new(Describe.Object(deployment), $"{field}.seccompProfile.type",
                        "RuntimeDefault (here or in spec.template.spec.securityContext)", Describe.Value(seccomp));
                }
            }
        }
    }
}
