using System.Globalization;

namespace Orders.Pipeline.Local;

/// <summary>
/// The local Prometheus's configuration: one static target (the exporter) in a job named
/// <c>kubernetes-pods</c> with the <c>namespace</c> and <c>pod</c> labels that job adds in a cluster, so the
/// ScaledObject's query, which selects by namespace, runs unchanged against it.
/// </summary>
public static class PrometheusConfig
{
    public static string Render(string exporterAddress, string @namespace, string pod, TimeSpan scrapeInterval)
    {
        var interval = ((int)scrapeInterval.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";
        return $"""
            # Written by the Local target (build/Orders.Pipeline): the target is labelled as the
            # prometheus-community chart's kubernetes-pods job labels a pod, so the ScaledObject's query runs unchanged.
            global:
              scrape_interval: {interval}
              scrape_timeout: {interval}
              evaluation_interval: {interval}
            scrape_configs:
              - job_name: kubernetes-pods
                static_configs:
                  - targets: ["{exporterAddress}"]
                    labels:
                      namespace: "{@namespace}"
                      pod: "{pod}"
            """;
    }
}
