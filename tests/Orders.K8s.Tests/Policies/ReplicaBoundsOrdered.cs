using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests.Policies;

/// <summary>
/// minReplicaCount <= maxReplicaCount (KEDA's defaults 0 and 100 where unset). The CRD says so in a CEL rule,
/// which a JSON Schema validator does not run, so it is checked here.
/// </summary>
public sealed class ReplicaBoundsOrdered : IManifestPolicy
{
    public IEnumerable<PolicyViolation> Check(ManifestSet manifests)
    {
        foreach (var scaledObject in manifests.ScaledObjects)
        {
            var min = (int?)scaledObject["spec"]?["minReplicaCount"] ?? 0;
            var max = (int?)scaledObject["spec"]?["maxReplicaCount"] ?? 100;
            if (min > max)
            {
                yield return new(Describe.Object(scaledObject), "spec.minReplicaCount",
                    $"at most spec.maxReplicaCount ({max})", min.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
