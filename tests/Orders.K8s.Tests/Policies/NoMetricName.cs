using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests.Policies;

/// <summary>No trigger sets metricName: deprecated in KEDA 2.10, ignored since 2.12, so it only misleads readers.</summary>
public sealed class NoMetricName : IManifestPolicy
{
    public IEnumerable<PolicyViolation> Check(ManifestSet manifests)
    {
        foreach (var scaledObject in manifests.ScaledObjects)
        {
            foreach (var (metadata, path, _) in ScaledObjectTriggers.Of(scaledObject).Where(t => t.Metadata.ContainsKey("metricName")))
            {
                yield return new(Describe.Object(scaledObject), $"{path}.metricName",
                    "unset (ignored since KEDA 2.12; KEDA names the metric s0-<trigger type>)", Describe.Value(metadata["metricName"]));
            }
        }
    }
}
