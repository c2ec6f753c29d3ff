using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests.Policies;

/// <summary>
/// A routine drain never takes the service down: a PodDisruptionBudget selecting the order pods lets at most one be
/// evicted at a time (maxUnavailable 1, which holds at whatever count the HPA chose; a percentage rounds, a
/// minAvailable must follow the count), and the pods spread over nodes (topologyKey kubernetes.io/hostname) with
/// ScheduleAnyway, so a single-node cluster or full nodes still get the replicas the load needs.
/// </summary>
public sealed class DrainKeepsOneServing : IManifestPolicy
{
    private const string HostnameKey = "kubernetes.io/hostname";

    public IEnumerable<PolicyViolation> Check(ManifestSet manifests)
    {
        foreach (var deployment in manifests.Deployments)
        {
            var labels = deployment.Spec?.Template?.Metadata?.Labels ?? new Dictionary<string, string>();
            var budgets = manifests.PodDisruptionBudgets.Where(b => Selects(b.Spec?.Selector?.MatchLabels, labels)).ToList();
            if (budgets.Count != 1 || budgets[0].Spec.MaxUnavailable?.Value != "1" || budgets[0].Spec.MinAvailable is not null)
            {
                yield return new(Describe.Object(deployment), "spec.template.metadata.labels",
                    "selected by exactly one PodDisruptionBudget with maxUnavailable: 1 (a drain evicts one pod at a time)",
                    budgets.Count == 1 ? $"maxUnavailable {Describe.Value(budgets[0].Spec.MaxUnavailable?.Value)}, minAvailable {Describe.Value(budgets[0].Spec.MinAvailable?.Value)}" : $"{budgets.Count} budgets");
            }

            var spread = (deployment.Spec?.Template?.Spec?.TopologySpreadConstraints ?? [])
                .FirstOrDefault(c => c.TopologyKey == HostnameKey && Selects(c.LabelSelector?.MatchLabels, labels));
            if (spread is null || spread.WhenUnsatisfiable != "ScheduleAnyway" || spread.MaxSkew != 1)
            {
                yield return new(Describe.Object(deployment), "spec.template.spec.topologySpreadConstraints",
                    $"a constraint over {HostnameKey} selecting the pods, maxSkew 1, whenUnsatisfiable ScheduleAnyway (spread, but never leave a replica unscheduled)",
                    spread is null ? "none" : $"maxSkew {spread.MaxSkew}, whenUnsatisfiable {spread.WhenUnsatisfiable}");
            }
        }
    }

    // Equality-based selector, non-empty, every label on the pods: an empty selector would select every pod in the namespace.
    private static bool Selects(IDictionary<string, string>? selector, IDictionary<string, string> podLabels) =>
        selector is { Count: > 0 } && selector.All(l => podLabels.TryGetValue(l.Key, out var v) && v == l.Value);
}
