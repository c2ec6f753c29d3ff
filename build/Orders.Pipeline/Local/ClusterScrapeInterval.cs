using Orders.Pipeline.Manifests;
using Orders.Pipeline.Yaml;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Local;

/// <summary>
/// The interval the cluster's Prometheus scrapes the exporter at, from k8s/prometheus-values.yaml: the exporter
/// job's own <c>scrape_interval</c> (<see cref="ExporterScrapeJob"/>; docs/scaling-window.md says why it scrapes
/// faster than the rest), else <c>server.global.scrape_interval</c>. Local scrapes at it by default, so the data
/// it replays KEDA and the HPA on is the data a cluster would have.
/// </summary>
public static class ClusterScrapeInterval
{
    public static TimeSpan Read(string valuesFile)
    {
        var root = Load(valuesFile);
        return ExporterScrapeJob.Find(root, out _) is { } job && job.Value.Child("scrape_interval") is YamlScalarNode own
            ? Parse(valuesFile, $"scrapeConfigs.{job.Key}.scrape_interval", own)
            : Global(valuesFile, root);
    }

    /// <summary><c>server.global.scrape_interval</c> alone: the interval of every job without its own (the
    /// kube-state-metrics series the fallback alert reads among them).</summary>
    public static TimeSpan Global(string valuesFile) => Global(valuesFile, Load(valuesFile));

    private static TimeSpan Global(string valuesFile, YamlNode? root) =>
        Parse(valuesFile, "server.global.scrape_interval", root.Child("server").Child("global").Child("scrape_interval") as YamlScalarNode);

    private static YamlNode? Load(string valuesFile) => File.Exists(valuesFile)
        ? ExporterScrapeJob.Load(valuesFile)
        : throw new InvalidDataException($"{valuesFile} does not exist: Local reads the cluster's scrape interval from it; pass --root with the repository, or --scrape-interval.");

    private static TimeSpan Parse(string valuesFile, string key, YamlScalarNode? node)
    {
        try
        {
            return node?.Value is { } value
                ? Prometheus.PrometheusDuration.Parse(value)
                : throw new FormatException("it is not set");
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"{valuesFile}:{node?.Start.Line ?? 1}: {key}: {e.Message}; set it (e.g. 15s) or pass --scrape-interval.", e);
        }
    }
}
