using k8s.Models;
using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests.Policies;

/// <summary>
/// The pod template asks the chart's kubernetes-pods job to scrape it, on the port the exporter listens on
/// (its Exporter__Port, else 9181) and declares, at /metrics. Scraping the app's port would find no metrics.
/// </summary>
public sealed class ScrapeAnnotationsNameExporterPort : IManifestPolicy
{
    private const string Prefix = "spec.template.metadata.annotations";

    public IEnumerable<PolicyViolation> Check(ManifestSet manifests)
    {
        foreach (var deployment in manifests.Deployments)
        {
            var annotations = new Dictionary<string, string>(deployment.Spec?.Template?.Metadata?.Annotations ?? new Dictionary<string, string>());
            var scrape = annotations.GetValueOrDefault("prometheus.io/scrape");
            if (scrape != "true")
            {
                yield return new(Describe.Object(deployment), $"{Prefix}[prometheus.io/scrape]",
                    "\"true\" (the chart's kubernetes-pods job scrapes only annotated pods)", Describe.Value(scrape));
            }

            var exporter = PodContainers.Of(deployment).Select(c => c.Container)
                .FirstOrDefault(c => ExporterContract.IsExporterImage(c.Image));
            if (exporter is null)
            {
                yield return new(Describe.Object(deployment), "spec.template.spec.initContainers",
                    $"a container running the {ExporterContract.ImageName} image", "none");
                continue;
            }

            var listening = ListeningPort(exporter);
            var port = annotations.GetValueOrDefault("prometheus.io/port");
            var declared = exporter.Ports?.Any(p => p.ContainerPort == listening) == true;
            if (port != listening.ToString(System.Globalization.CultureInfo.InvariantCulture) || !declared)
            {
                yield return new(Describe.Object(deployment), $"{Prefix}[prometheus.io/port]",
                    $"\"{listening}\", the port container {exporter.Name} listens on and declares in its ports",
                    $"{Describe.Value(port)} (declared ports: {string.Join(", ", exporter.Ports?.Select(p => p.ContainerPort) ?? [])})");
            }

            var path = annotations.GetValueOrDefault("prometheus.io/path");
            if (path is not null && path != ExporterContract.MetricsPath)
            {
                yield return new(Describe.Object(deployment), $"{Prefix}[prometheus.io/path]",
                    $"\"{ExporterContract.MetricsPath}\" (the exporter's path) or unset", Describe.Value(path));
            }
        }
    }

    private static int ListeningPort(V1Container exporter)
    {
        var configured = exporter.Env?.FirstOrDefault(e => e.Name == ExporterContract.PortVariable)?.Value;
        return int.TryParse(configured, out var port) ? port : ExporterContract.DefaultPort;
    }
}
