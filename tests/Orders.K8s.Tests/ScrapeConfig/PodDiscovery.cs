using System.Globalization;
using System.Text.RegularExpressions;
using k8s.Models;

namespace Orders.K8s.Tests.ScrapeConfig;

/// <summary>
/// The targets Prometheus's kubernetes_sd `role: pod` makes of one pod: one per declared container port,
/// init containers (native sidecars) included, each with the `__meta_kubernetes_*` labels relabeling reads
/// (prometheus/discovery/kubernetes/pod.go). Ports go through <c>portOnHost</c>, so a pod template that says
/// 9181 can be stood in for by a local server on a free port; the `prometheus.io/port` annotation follows.
/// </summary>
public static partial class PodDiscovery
{
    private const string Meta = "__meta_kubernetes_";

    public static IReadOnlyList<Dictionary<string, string>> Targets(V1PodTemplateSpec template, StandInPod pod, Func<int, int> portOnHost)
    {
        var common = new Dictionary<string, string>
        {
            [Meta + "namespace"] = pod.Namespace,
            [Meta + "pod_name"] = pod.Name,
            [Meta + "pod_ip"] = pod.Ip,
            [Meta + "pod_ready"] = "true",
            [Meta + "pod_phase"] = pod.Phase,
            [Meta + "pod_node_name"] = pod.NodeName,
            [Meta + "pod_host_ip"] = pod.Ip,
            [Meta + "pod_uid"] = pod.Name + "-uid",
            [Meta + "pod_controller_kind"] = "ReplicaSet",
            [Meta + "pod_controller_name"] = pod.Name,
        };
        foreach (var (key, value) in template.Metadata?.Labels ?? new Dictionary<string, string>())
        {
            common[Meta + "pod_label_" + Sanitize(key)] = value;
            common[Meta + "pod_labelpresent_" + Sanitize(key)] = "true";
        }

        foreach (var (key, value) in template.Metadata?.Annotations ?? new Dictionary<string, string>())
        {
            var shown = key == "prometheus.io/port" && int.TryParse(value, CultureInfo.InvariantCulture, out var port)
                ? portOnHost(port).ToString(CultureInfo.InvariantCulture)
                : value;
            common[Meta + "pod_annotation_" + Sanitize(key)] = shown;
            common[Meta + "pod_annotationpresent_" + Sanitize(key)] = "true";
        }

        var spec = template.Spec;
        var containers = (spec.Containers ?? []).Select(c => (Container: c, Init: false))
            .Concat((spec.InitContainers ?? []).Select(c => (Container: c, Init: true)));
        var targets = new List<Dictionary<string, string>>();
        foreach (var (container, init) in containers)
        {
            var ports = container.Ports ?? [];
            if (ports.Count == 0)
            {
                // pod.go: a container without ports still yields one target, addressed by the pod IP alone.
                targets.Add(new Dictionary<string, string>(common)
                {
                    ["__address__"] = pod.Ip,
                    [Meta + "pod_container_name"] = container.Name,
                    [Meta + "pod_container_image"] = container.Image ?? string.Empty,
                    [Meta + "pod_container_init"] = init ? "true" : "false",
                });
                continue;
            }

            foreach (var declared in ports)
            {
                var port = portOnHost(declared.ContainerPort).ToString(CultureInfo.InvariantCulture);
                targets.Add(new Dictionary<string, string>(common)
                {
                    ["__address__"] = $"{pod.Ip}:{port}",
                    [Meta + "pod_container_name"] = container.Name,
                    [Meta + "pod_container_image"] = container.Image ?? string.Empty,
                    [Meta + "pod_container_port_name"] = declared.Name ?? string.Empty,
                    [Meta + "pod_container_port_number"] = port,
                    [Meta + "pod_container_port_protocol"] = declared.Protocol ?? "TCP",
                    [Meta + "pod_container_init"] = init ? "true" : "false",
                });
            }
        }

        return targets;
    }

    /// <summary>Prometheus's strutil.SanitizeLabelName: every character outside [a-zA-Z0-9_] becomes '_'.</summary>
    public static string Sanitize(string name) => InvalidLabelCharacters().Replace(name, "_");

    [GeneratedRegex("[^a-zA-Z0-9_]")]
    private static partial Regex InvalidLabelCharacters();
}
