using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests.Policies;

/// <summary>
/// The Deployment's selector and the Service's selector both select the pod template's labels: otherwise
/// the API server rejects the Deployment, or the Service has no endpoints.
/// </summary>
public sealed class SelectorMatchesTemplate : IManifestPolicy
{
    public IEnumerable<PolicyViolation> Check(ManifestSet manifests)
    {
        foreach (var deployment in manifests.Deployments)
        {
            var template = deployment.Spec?.Template?.Metadata?.Labels ?? new Dictionary<string, string>();
            var selector = deployment.Spec?.Selector?.MatchLabels ?? new Dictionary<string, string>();
            if (selector.Count == 0 || !Selects(selector, template) || deployment.Spec?.Selector?.MatchExpressions?.Count > 0)
            {
                yield return new(Describe.Object(deployment), "spec.selector.matchLabels",
                    $"a non-empty subset of the template's labels {Describe.Value(template)}, no matchExpressions", Describe.Value(selector));
            }

            foreach (var service in manifests.Services)
            {
                var serviceSelector = service.Spec?.Selector ?? new Dictionary<string, string>();
                if (serviceSelector.Count == 0 || !Selects(serviceSelector, template))
                {
                    yield return new(Describe.Object(service), "spec.selector",
                        $"a non-empty subset of {Describe.Object(deployment)}'s template labels {Describe.Value(template)}",
                        Describe.Value(serviceSelector));
                }
            }
        }
    }

    private static bool Selects(IDictionary<string, string> selector, IDictionary<string, string> labels) =>
        selector.All(pair => labels.TryGetValue(pair.Key, out var value) && value == pair.Value);
}
