using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests.Policies;

/// <summary>
/// When KEDA cannot read its trigger, the replica count errs on the side of serving the load (issue 23, item 2):
/// a fallback is set; it tolerates at least one failed read (a fresh pod's first seconds, a Prometheus restart);
/// it asks for at least minReplicaCount and never fewer than the current count (behavior static with replicas at
/// maxReplicaCount, or currentReplicasIfHigher: `currentReplicas` would freeze the count, `currentReplicasIfLower`
/// lower it); and a trigger other than cpu or memory carries it (KEDA refuses it otherwise).
/// </summary>
public sealed class FallbackErrsHigh : IManifestPolicy
{
    public IEnumerable<PolicyViolation> Check(ManifestSet manifests)
    {
        foreach (var scaledObject in manifests.ScaledObjects)
        {
            var spec = scaledObject["spec"];
            var fallback = spec?["fallback"];
            var min = (int?)spec?["minReplicaCount"] ?? 0;
            var max = (int?)spec?["maxReplicaCount"] ?? 100;
            var threshold = (int?)fallback?["failureThreshold"];
            var replicas = (int?)fallback?["replicas"];
            var behavior = fallback?["behavior"]?.ToString() ?? "static";
            var expected = $"a fallback with failureThreshold >= 1, replicas in [{min}, {max}], behavior currentReplicasIfHigher (or static at {max}), "
                + "so that a failed read never freezes or lowers the count";
            var errsHigh = behavior == "currentReplicasIfHigher" || (behavior == "static" && replicas == max);
            if (fallback is null || threshold is not >= 1 || replicas is null || replicas < Math.Max(min, 1) || replicas > max || !errsHigh)
            {
                yield return new(Describe.Object(scaledObject), "spec.fallback", expected, Describe.Value(fallback));
            }
            else if (!ScaledObjectTriggers.Of(scaledObject).Any(t => t.Type is not ("cpu" or "memory")))
            {
                yield return new(Describe.Object(scaledObject), "spec.triggers", "a trigger other than cpu or memory to carry the fallback", "none");
            }
        }
    }
}
