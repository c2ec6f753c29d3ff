using System.Text.Json.Nodes;
using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests.Policies;

/// <summary>
/// One label set, the Deployment's selector, on every object and selector: Deployment, pod template, Service
/// and its selector, PodDisruptionBudget and its selector, the pod's spread constraints, ScaledObject. Drifting label sets are how a Service ends up selecting nothing.
/// </summary>
public sealed class OneLabelSetShared : IManifestPolicy
{
    public IEnumerable<PolicyViolation> Check(ManifestSet manifests)
    {
        var deployment = manifests.Deployments.FirstOrDefault();
        var expected = deployment?.Spec?.Selector?.MatchLabels;
        if (deployment is null || expected is null)
        {
            yield break;
        }

        var sets = new List<(string Object, string Field, IDictionary<string, string>? Labels)>
        {
            (Describe.Object(deployment), "metadata.labels", deployment.Metadata?.Labels),
            (Describe.Object(deployment), "spec.template.metadata.labels", deployment.Spec?.Template?.Metadata?.Labels),
        };
        foreach (var service in manifests.Services)
        {
            sets.Add((Describe.Object(service), "metadata.labels", service.Metadata?.Labels));
            sets.Add((Describe.Object(service), "spec.selector", service.Spec?.Selector));
        }

        foreach (var budget in manifests.PodDisruptionBudgets)
        {
            sets.Add((Describe.Object(budget), "metadata.labels", budget.Metadata?.Labels));
            sets.Add((Describe.Object(budget), "spec.selector.matchLabels", budget.Spec?.Selector?.MatchLabels));
        }

        foreach (var (constraint, i) in (deployment.Spec?.Template?.Spec?.TopologySpreadConstraints ?? []).Select((c, i) => (c, i)))
        {
            sets.Add((Describe.Object(deployment), $"spec.template.spec.topologySpreadConstraints[{i}].labelSelector.matchLabels", constraint.LabelSelector?.MatchLabels));
        }

        foreach (var scaledObject in manifests.ScaledObjects)
        {
            sets.Add((Describe.Object(scaledObject), "metadata.labels", Labels(scaledObject)));
        }

        foreach (var (name, field, labels) in sets)
        {
            var actual = labels ?? new Dictionary<string, string>();
            if (actual.Count != expected.Count || actual.Except(expected).Any())
            {
                yield return new(name, field,
                    $"the shared label set {Describe.Value(expected)} (set once in k8s/base/kustomization.yaml `labels:`)",
                    Describe.Value(actual));
            }
        }
    }

    private static Dictionary<string, string>? Labels(JsonObject scaledObject) =>
        (scaledObject["metadata"]?["labels"] as JsonObject)?.ToDictionary(p => p.Key, p => p.Value?.ToString() ?? string.Empty);
}
