using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests.Policies;

/// <summary>
/// A volume mounted by several containers is writable by one of them at most (the access log: the app writes,
/// the exporter reads). Two writers, such as one /tmp for both, let either container plant files the other
/// trusts.
/// </summary>
public sealed class OneWriterPerVolume : IManifestPolicy
{
    public IEnumerable<PolicyViolation> Check(ManifestSet manifests)
    {
        foreach (var deployment in manifests.Deployments)
        {
            var mounts = PodContainers.Of(deployment)
                .SelectMany(c => (c.Container.VolumeMounts ?? []).Select(m => (c.Container.Name, Mount: m)))
                .GroupBy(m => m.Mount.Name);
            foreach (var volume in mounts)
            {
                var writers = volume.Where(m => m.Mount.ReadOnlyProperty != true).Select(m => m.Name).Distinct().ToList();
                if (volume.Select(m => m.Name).Distinct().Count() > 1 && writers.Count > 1)
                {
                    yield return new(Describe.Object(deployment), $"spec.template.spec.volumes[{volume.Key}]",
                        "writable by one container at most (readOnly: true on the others' mounts), or one volume per container",
                        $"writable by {string.Join(", ", writers)}");
                }
            }
        }
    }
}
