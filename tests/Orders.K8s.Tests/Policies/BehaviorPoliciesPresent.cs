using System.Text.Json.Nodes;
using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests.Policies;

/// <summary>
/// Scaling speed is set where it lives, in the HPA behaviour KEDA copies over: scaleUp and scaleDown each
/// with a stabilization window and at least one policy. (cooldownPeriod only governs scaling to zero.)
/// </summary>
public sealed class BehaviorPoliciesPresent : IManifestPolicy
{
    private const string Path = "spec.advanced.horizontalPodAutoscalerConfig.behavior";

    public IEnumerable<PolicyViolation> Check(ManifestSet manifests)
    {
        foreach (var scaledObject in manifests.ScaledObjects)
        {
            var behavior = scaledObject["spec"]?["advanced"]?["horizontalPodAutoscalerConfig"]?["behavior"];
            foreach (var direction in new[] { "scaleUp", "scaleDown" })
            {
                var rules = behavior?[direction];
                if (rules?["stabilizationWindowSeconds"] is null)
                {
                    yield return new(Describe.Object(scaledObject), $"{Path}.{direction}.stabilizationWindowSeconds",
                        "an explicit window (seconds of recommendations considered)", "(unset)");
                }

                if (rules?["policies"] is not JsonArray { Count: > 0 })
                {
                    yield return new(Describe.Object(scaledObject), $"{Path}.{direction}.policies",
                        "at least one policy limiting the step per period", Describe.Value(rules?["policies"]));
                }
            }
        }
    }
}
