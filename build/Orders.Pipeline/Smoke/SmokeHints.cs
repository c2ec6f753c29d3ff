namespace Orders.Pipeline.Smoke;

/// <summary>
/// Where to look when a check fails: the same failure has a different next step on a cluster (kubectl logs,
/// pod annotations) than on this machine (the log files the Local run writes).
/// </summary>
public sealed record SmokeHints(string AppLogs, string ExporterLogs, string PrometheusTargets)
{
    /// <summary><paramref name="scrapeJobFile"/>: with --prometheus=existing, the job its owner must add before any
    /// series arrives, which is then the first thing to check.</summary>
    public static SmokeHints Cluster(string deployment, string @namespace, string? scrapeJobFile = null) => new(
        $"kubectl logs deployment/{deployment} -c app -n {@namespace}",
        $"kubectl logs deployment/{deployment} -c exporter -n {@namespace}",
        scrapeJobFile is null
            ? "Prometheus's Status > Targets for the orders pods and their prometheus.io/scrape annotations"
            : $"that the scrape job in {scrapeJobFile} was added to your Prometheus's scrape_configs (--prometheus=existing installs nothing) and that its Status > Targets lists the orders pods");

    public static SmokeHints Local(string logsDirectory, Uri prometheusUrl) => new(
        Path.Combine(logsDirectory, "app.log"),
        Path.Combine(logsDirectory, "exporter.log"),
        $"{prometheusUrl}targets and {Path.Combine(logsDirectory, "prometheus.log")}");
}
