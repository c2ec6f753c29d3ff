using k8s.Models;
using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests.Policies;

/// <summary>
/// A NetworkPolicy selects the order pods for ingress and lets in only: the exporter's port from the namespace
/// Prometheus runs in (the host of the ScaledObject's serverAddress), and the app's port, which the Service's
/// clients need, from anywhere. A rule without ports, an unknown port or another source on the exporter's
/// port is a violation.
/// </summary>
public sealed class ExporterPortOpenOnlyToPrometheus : IManifestPolicy
{
    private const string NamespaceLabel = "kubernetes.io/metadata.name";

    public IEnumerable<PolicyViolation> Check(ManifestSet manifests)
    {
        var prometheusNamespace = PrometheusNamespace(manifests);
        foreach (var deployment in manifests.Deployments)
        {
            var containers = PodContainers.Of(deployment).Select(c => c.Container).ToList();
            var exporter = containers.FirstOrDefault(c => ExporterContract.IsExporterImage(c.Image));
            var exporterPorts = exporter?.Ports ?? [];
            var appPorts = containers.Where(c => c != exporter).SelectMany(c => c.Ports ?? []).ToList();
            var labels = deployment.Spec?.Template?.Metadata?.Labels ?? new Dictionary<string, string>();
            var selecting = manifests.NetworkPolicies.Where(p => Selects(p, labels)).ToList();
            if (selecting.Count == 0)
            {
                yield return new(Describe.Object(deployment), "spec.template.metadata.labels",
                    "selected by a NetworkPolicy with policyTypes [Ingress] (without one, any pod in the cluster reaches every port)", "no such NetworkPolicy");
                continue;
            }

            var appAdmitted = false;
            foreach (var policy in selecting)
            {
                var rules = policy.Spec.Ingress ?? [];
                for (var i = 0; i < rules.Count; i++)
                {
                    var field = $"spec.ingress[{i}]";
                    var ports = rules[i].Ports ?? [];
                    if (ports.Count == 0)
                    {
                        yield return new(Describe.Object(policy), $"{field}.ports", "named ports (a rule without ports admits every port)", "none");
                        continue;
                    }

                    foreach (var port in ports)
                    {
                        if (Refers(port, exporterPorts))
                        {
                            if (!OnlyFrom(rules[i].FromProperty, prometheusNamespace))
                            {
                                yield return new(Describe.Object(policy), $"{field}.from",
                                    $"only namespaceSelector {{{NamespaceLabel}: {prometheusNamespace}}} for the exporter's port {port.Port?.Value} (Prometheus's namespace, from the ScaledObject's serverAddress)",
                                    Peers(rules[i].FromProperty));
                            }
                        }
                        else if (Refers(port, appPorts))
                        {
                            appAdmitted = true;
                        }
                        else
                        {
                            yield return new(Describe.Object(policy), $"{field}.ports",
                                "only the app's and the exporter's declared ports", $"port {port.Port?.Value ?? "(all)"}");
                        }
                    }
                }
            }

            if (!appAdmitted && appPorts.Count > 0)
            {
                yield return new(Describe.Object(selecting[0]), "spec.ingress",
                    $"a rule admitting the app's port {appPorts[0].Name ?? appPorts[0].ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture)} (the Service's clients)", "none");
            }
        }
    }

    private static bool Selects(V1NetworkPolicy policy, IDictionary<string, string> podLabels)
    {
        var selector = policy.Spec?.PodSelector;
        var ingress = policy.Spec?.PolicyTypes?.Contains("Ingress") ?? policy.Spec?.Ingress is not null;
        return ingress && selector is not null && (selector.MatchExpressions?.Count ?? 0) == 0
            && (selector.MatchLabels ?? new Dictionary<string, string>()).All(l => podLabels.TryGetValue(l.Key, out var v) && v == l.Value);
    }

    private static bool Refers(V1NetworkPolicyPort port, IList<V1ContainerPort> declared) =>
        port.Port is not null && declared.Any(p => port.Port.Value == p.Name || port.Port.Value == p.ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static bool OnlyFrom(IList<V1NetworkPolicyPeer>? peers, string? prometheusNamespace) =>
        peers is { Count: > 0 } && peers.All(peer =>
            peer.IpBlock is null // a podSelector beside the namespaceSelector only narrows it
            && peer.NamespaceSelector is { MatchExpressions: null or { Count: 0 } } selector
            && selector.MatchLabels is { Count: 1 } labels
            && labels.TryGetValue(NamespaceLabel, out var name) && name == prometheusNamespace);

    private static string Peers(IList<V1NetworkPolicyPeer>? peers) =>
        peers is null or { Count: 0 } ? "from anywhere" : k8s.KubernetesJson.Serialize(peers);

    /// <summary>`http://prometheus-server.prometheus.svc.cluster.local:80` -> `prometheus`.</summary>
    private static string? PrometheusNamespace(ManifestSet manifests)
    {
        var address = manifests.ScaledObjects.SelectMany(ScaledObjectTriggers.Of)
            .Where(t => t.Type == "prometheus").Select(t => t.Metadata["serverAddress"]?.ToString()).FirstOrDefault();
        var host = Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri.Host.Split('.') : [];
        return host.Length >= 3 && host[2] == "svc" ? host[1] : null;
    }
}
