using Orders.Pipeline.Load;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Cluster;

/// <summary>
/// What the model was fed, so the verdict can refuse to pass on nothing: the replica count the profile's
/// held rate needs (the lowest count the HPA holds at it, <see cref="ScaledObjectSpec.ReplicasFor(double, ModelVersions?)"/>), and the query's value for every second of the
/// run (null where Prometheus had none).
/// </summary>
public sealed record ModelEvidence(int HeldReplicas, IReadOnlyList<double?> QueryValues, string Query, string Namespace)
{
    /// <summary>The replicas the highest constant stage needs; min when the profile holds no rate.</summary>
    public static int HeldReplicasFor(LoadProfile profile, ScaledObjectSpec spec, ModelVersions? versions = null)
    {
        var held = profile.Stages.Where(s => s.FromRate == s.ToRate && s.FromRate > 0).Select(s => s.FromRate).DefaultIfEmpty(0).Max();
        return spec.ReplicasFor(held, versions);
    }
}
