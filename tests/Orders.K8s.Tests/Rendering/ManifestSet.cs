using System.Text.Json.Nodes;
using k8s;
using k8s.Models;

namespace Orders.K8s.Tests.Rendering;

/// <summary>
/// One rendered kustomization, split by kind: the core objects deserialized strictly into KubernetesClient's
/// types (an unknown or misspelt field throws), the ScaledObjects and the Prometheus Operator's objects kept as JSON
/// (KubernetesClient has no KEDA or operator types; their CRD schemas check them), plus the Prometheus chart values the policies also read.
/// </summary>
public sealed class ManifestSet
{
    public required string Source { get; init; }
    public required IReadOnlyList<V1Namespace> Namespaces { get; init; }
    public required IReadOnlyList<V1Deployment> Deployments { get; init; }
    public required IReadOnlyList<V1Service> Services { get; init; }
    public required IReadOnlyList<V1NetworkPolicy> NetworkPolicies { get; init; }
    public required IReadOnlyList<V1PodDisruptionBudget> PodDisruptionBudgets { get; init; }
    public required IReadOnlyList<JsonObject> ScaledObjects { get; init; }
    public required IReadOnlyList<JsonObject> PodMonitors { get; init; }
    public required IReadOnlyList<JsonObject> PrometheusRules { get; init; }
    public required IReadOnlyList<JsonObject> ServiceMonitors { get; init; }
    public required JsonObject PrometheusValues { get; init; }

    /// <summary>Splits a rendered YAML stream; any kind not listed here fails, so a new kind gets checked too.</summary>
    public static ManifestSet Parse(string source, string renderedYaml, string prometheusValuesYaml)
    {
        var namespaces = new List<V1Namespace>();
        var deployments = new List<V1Deployment>();
        var services = new List<V1Service>();
        var networkPolicies = new List<V1NetworkPolicy>();
        var disruptionBudgets = new List<V1PodDisruptionBudget>();
        var scaledObjects = new List<JsonObject>();
        var podMonitors = new List<JsonObject>();
        var prometheusRules = new List<JsonObject>();
        var serviceMonitors = new List<JsonObject>();
        foreach (var document in YamlToJson.ConvertAll(renderedYaml).OfType<JsonObject>())
        {
            var kind = $"{document["apiVersion"]}/{document["kind"]}";
            var name = $"{kind} {document["metadata"]?["name"]}";
            switch (kind)
            {
                case "v1/Namespace": namespaces.Add(Strict<V1Namespace>(document, name, source)); break;
                case "apps/v1/Deployment": deployments.Add(Strict<V1Deployment>(document, name, source)); break;
                case "v1/Service": services.Add(Strict<V1Service>(document, name, source)); break;
                case "networking.k8s.io/v1/NetworkPolicy": networkPolicies.Add(Strict<V1NetworkPolicy>(document, name, source)); break;
                case "policy/v1/PodDisruptionBudget": disruptionBudgets.Add(Strict<V1PodDisruptionBudget>(document, name, source)); break;
                case "keda.sh/v1alpha1/ScaledObject": scaledObjects.Add(document); break;
                case "monitoring.coreos.com/v1/PodMonitor": podMonitors.Add(document); break;
                case "monitoring.coreos.com/v1/PrometheusRule": prometheusRules.Add(document); break;
                case "monitoring.coreos.com/v1/ServiceMonitor": serviceMonitors.Add(document); break;
                default:
                    throw new InvalidOperationException(
                        $"{source} renders {name}, a kind these tests do not check yet: add it to {nameof(ManifestSet)} with its checks.");
            }
        }

        var values = YamlToJson.ConvertAll(prometheusValuesYaml).SingleOrDefault() as JsonObject ?? new JsonObject();
        return new ManifestSet
        {
            Source = source,
            Namespaces = namespaces,
            Deployments = deployments,
            Services = services,
            NetworkPolicies = networkPolicies,
            PodDisruptionBudgets = disruptionBudgets,
            ScaledObjects = scaledObjects,
            PodMonitors = podMonitors,
            PrometheusRules = prometheusRules,
            ServiceMonitors = serviceMonitors,
            PrometheusValues = values,
        };
    }

    /// <summary>
    /// Strict: KubernetesYaml without IgnoreUnmatchedProperties, so `readOnlyRootFilesytem: true` fails here
    /// instead of being dropped silently by the API server's non-strict decoding. JSON is valid YAML, so the
    /// converted document is fed back as its JSON text.
    /// </summary>
    private static T Strict<T>(JsonObject document, string name, string source)
    {
        try
        {
            return KubernetesYaml.Deserialize<T>(document.ToJsonString(), strict: true);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidOperationException(
                $"{source}: {name} does not deserialize strictly into {typeof(T).Name}: {e.InnerException?.Message ?? e.Message} "
                + "Check the field's spelling and place against the Kubernetes API reference.", e);
        }
    }
}
