using Orders.Pipeline.Yaml;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Manifests;

/// <summary>
/// The job that scrapes the exporter in a cluster, read from k8s/prometheus-values.yaml: the one entry of
/// <c>scrapeConfigs</c> that discovers targets itself and sets its targets' labels (the others amend the chart's
/// jobs, or, as kube-state-metrics and keda-operator, honour the labels their exporters report). Local labels its
/// target with its name, so the ScaledObject's query, which selects that job, runs unchanged; and scrapes at its
/// interval (<see cref="ClusterScrapeInterval"/>).
/// </summary>
public static class ExporterScrapeJob
{
    public static string Read(string valuesFile) =>
        Find(Load(valuesFile), out var count) is { } job
            ? job.Key
            : throw new InvalidDataException($"{valuesFile}: expected one job under scrapeConfigs with its own kubernetes_sd_configs and no honor_labels: true (the exporter's), found {count}: Local names its scrape job after it.");

    /// <summary>The exporter's job (its name and settings) in a loaded values file; null unless there is exactly one.</summary>
    internal static KeyValuePair<string, YamlMappingNode>? Find(YamlNode? root, out int count)
    {
        var jobs = root.Map("scrapeConfigs") is { } configs
            ? configs.Children.Where(j => j.Value is YamlMappingNode job && job.Child("kubernetes_sd_configs") is not null && job.Scalar("honor_labels") != "true")
                .Select(j => new KeyValuePair<string, YamlMappingNode>(((YamlScalarNode)j.Key).Value!, (YamlMappingNode)j.Value)).ToList()
            : [];
        count = jobs.Count;
        return jobs.Count == 1 ? jobs[0] : null;
    }

    internal static YamlNode? Load(string valuesFile) => YamlNodes.Load(File.ReadAllText(valuesFile), valuesFile).FirstOrDefault();
}
