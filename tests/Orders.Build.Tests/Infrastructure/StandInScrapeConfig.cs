namespace Orders.Build.Tests.Infrastructure;

/// <summary>
/// A prometheus.yml scraping one target every second with the labels the orders-exporter job of
/// k8s/prometheus-values.yaml gives the exporter (namespace, pod, job), so the queries the pipeline and KEDA run against a cluster work unchanged.
/// </summary>
public static class StandInScrapeConfig
{
    public static string For(Uri target, string @namespace) => $"""
        global:
          scrape_interval: 1s
          evaluation_interval: 1s
        scrape_configs:
          - job_name: orders-exporter
            static_configs:
              - targets: ["{target.Authority}"]
                labels:
                  namespace: {@namespace}
                  pod: orders-standin-0
        """;
}
