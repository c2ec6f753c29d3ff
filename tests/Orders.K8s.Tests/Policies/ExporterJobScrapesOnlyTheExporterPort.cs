using System.Globalization;
using k8s.Models;
using Orders.K8s.Tests.Rendering;
using Orders.K8s.Tests.ScrapeConfig;

namespace Orders.K8s.Tests.Policies;

/// <summary>
/// The job the query reads keeps, of each order pod's discovered targets, exactly the exporter's port (the one
/// it listens on, its Exporter__Port else 9181, declared in its ports): never the app's port, where a
/// compromised app could serve any series. The pod template carries no prometheus.io annotations, which
/// would make the chart's kubernetes-pods job scrape it a second time, under labels the target may set.
/// </summary>
public sealed class ExporterJobScrapesOnlyTheExporterPort : IManifestPolicy
{
    private const string Annotations = "spec.template.metadata.annotations";

    public IEnumerable<PolicyViolation> Check(ManifestSet manifests)
    {
        var found = ExporterJob.Find(manifests);
        foreach (var deployment in manifests.Deployments)
        {
            var template = deployment.Spec.Template;
            foreach (var key in (template.Metadata?.Annotations?.Keys ?? []).Where(k => k.StartsWith("prometheus.io/", StringComparison.Ordinal)))
            {
                yield return new(Describe.Object(deployment), $"{Annotations}[{key}]",
                    "no prometheus.io annotations (the chart's kubernetes-pods job would scrape the pod too, honoring the target's labels)", "present");
            }

            var exporter = PodContainers.Of(deployment).Select(c => c.Container).FirstOrDefault(c => ExporterContract.IsExporterImage(c.Image));
            if (exporter is null || found is not { Job: { } job } exporterJob)
            {
                continue; // no exporter: ContainersAreHardened and the tests name it; no job: OnlyTheExporterJobFeedsTheQuery reports it
            }

            var listening = ListeningPort(exporter);
            var pod = new StandInPod(deployment.Metadata.NamespaceProperty ?? "default", $"{deployment.Metadata.Name}-0");
            var kept = PodDiscovery.Targets(template, pod, port => port)
                .Where(t => RelabelFilter.Keeps(job["relabel_configs"] as System.Text.Json.Nodes.JsonArray, t))
                .Select(t => $"{t["__meta_kubernetes_pod_container_name"]}:{t.GetValueOrDefault("__meta_kubernetes_pod_container_port_number", "(no port)")}")
                .ToList();
            var expected = $"{exporter.Name}:{listening.ToString(CultureInfo.InvariantCulture)}";
            var declared = exporter.Ports?.Any(p => p.ContainerPort == listening) == true;
            if (!declared || kept.Count != 1 || kept[0] != expected)
            {
                yield return new(ExporterJob.ValuesFile, $"scrapeConfigs.{exporterJob.Name}.relabel_configs",
                    $"keeps exactly {expected} of {Describe.Object(deployment)}'s pod (the port container {exporter.Name} listens on and declares)",
                    $"keeps [{string.Join(", ", kept)}]; {exporter.Name} declares [{string.Join(", ", exporter.Ports?.Select(p => $"{p.Name}={p.ContainerPort}") ?? [])}]");
            }
        }
    }

    private static int ListeningPort(V1Container exporter)
    {
        var configured = exporter.Env?.FirstOrDefault(e => e.Name == ExporterContract.PortVariable)?.Value;
        return int.TryParse(configured, CultureInfo.InvariantCulture, out var port) ? port : ExporterContract.DefaultPort;
    }
}
