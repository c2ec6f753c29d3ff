using System.Text.Json.Nodes;
using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests.Policies;

/// <summary>
/// Pods are scraped one by one, never through the Service: a scrape through a Service reaches one random
/// pod each time (rate() reads the jumps as counter resets), and a prometheus.io-annotated Service makes the
/// chart's kubernetes-service-endpoints job scrape every pod a second time. Either doubles every order.
/// </summary>
public sealed class NoScrapeThroughService : IManifestPolicy
{
    public IEnumerable<PolicyViolation> Check(ManifestSet manifests)
    {
        foreach (var service in manifests.Services)
        {
            foreach (var key in (service.Metadata?.Annotations?.Keys ?? []).Where(k => k.StartsWith("prometheus.io/", StringComparison.Ordinal)))
            {
                yield return new(Describe.Object(service), $"metadata.annotations[{key}]",
                    "no prometheus.io annotations on a Service (the pods carry them)", "present");
            }
        }

        var extra = manifests.PrometheusValues["extraScrapeConfigs"];
        if (extra is not null && !string.IsNullOrWhiteSpace(extra.ToString()))
        {
            yield return new("k8s/prometheus-values.yaml", "extraScrapeConfigs",
                "unset: the chart's kubernetes-pods job already scrapes each annotated pod", Describe.Value(extra));
        }

        var jobs = manifests.PrometheusValues["serverFiles"]?["prometheus.yml"]?["scrape_configs"] as JsonArray;
        foreach (var job in jobs ?? [])
        {
            if (job?["static_configs"] is not null)
            {
                yield return new("k8s/prometheus-values.yaml", $"serverFiles.prometheus.yml.scrape_configs[{job["job_name"]}]",
                    "no static scrape job (it scrapes through a Service name)", "static_configs");
            }
        }
    }
}
