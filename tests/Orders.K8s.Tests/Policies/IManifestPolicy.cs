using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests.Policies;

/// <summary>A rule the rendered manifests must keep. Returns nothing when it holds.</summary>
public interface IManifestPolicy
{
    IEnumerable<PolicyViolation> Check(ManifestSet manifests);
}
