using System.Globalization;
using Orders.Pipeline.Manifests;

namespace Orders.Pipeline.Local;

/// <summary>
/// The local Prometheus's configuration: one static target (the exporter) in the job the cluster scrapes it
/// with (<see cref="ExporterScrapeJob"/>), with the <c>namespace</c> and <c>pod</c> labels that job sets, so the
/// ScaledObject's query, which selects by job and namespace, runs unchanged against it.
/// </summary>
public static class PrometheusConfig
{
    public static string Render(string job, string exporterAddress, string @namespace, string pod, TimeSpan scrapeInterval)
    {
        var interval = ((int)scrapeInterval.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";
        return $"""
            # Written by the Local target (build/Orders.Pipeline): the target is labelled as the job of
            # k8s/prometheus-values.yaml labels the exporter in a cluster, so the ScaledObject's query runs unchanged.
            global:
              scrape_interval: {interval}
              scrape_timeout: {interval}
              evaluation_interval: {interval}
            scrape_configs:
              - job_name: {job}
                static_configs:
                  - targets: ["{exporterAddress}"]
                    labels:
                      namespace: "{@namespace}"
                      pod: "{pod}"
            """;
    }
}
