using System.Globalization;
using k8s.Models;
using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests.Policies;

/// <summary>
/// A NetworkPolicy names a port declared on an init container (the exporter, a native sidecar) by its number, never
/// by its name: several network plugins resolve named ports from regular containers only (kubernetes/kubernetes#125285,
/// fixed in 1.32; projectcalico/calico#8881), so a named rule there matches nothing and every scrape is dropped
/// without an error anywhere. The number must be the one the init container declares.
/// </summary>
public sealed class SidecarPortsByNumber : IManifestPolicy
{
    public IEnumerable<PolicyViolation> Check(ManifestSet manifests)
    {
        var sidecarPorts = manifests.Deployments
            .SelectMany(d => d.Spec?.Template?.Spec?.InitContainers ?? [])
            .SelectMany(c => (c.Ports ?? []).Select(p => (Container: c.Name, Port: p)))
            .ToList();
        foreach (var policy in manifests.NetworkPolicies)
        {
            var rules = policy.Spec?.Ingress ?? [];
            for (var i = 0; i < rules.Count; i++)
            {
                var ports = rules[i].Ports ?? [];
                for (var j = 0; j < ports.Count; j++)
                {
                    var value = ports[j].Port?.Value;
                    var named = sidecarPorts.FirstOrDefault(s => s.Port.Name is { Length: > 0 } name && name == value);
                    if (named.Port is not null)
                    {
                        yield return new(Describe.Object(policy), $"spec.ingress[{i}].ports[{j}].port",
                            $"the number {named.Port.ContainerPort.ToString(CultureInfo.InvariantCulture)} that init container {named.Container} declares "
                            + "(a named port of an init container is not resolved by several network plugins: kubernetes#125285, Calico #8881)",
                            Describe.Value(value));
                    }
                }
            }
        }
    }
}
