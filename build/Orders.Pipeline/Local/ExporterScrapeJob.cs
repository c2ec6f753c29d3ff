using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Local;

/// <summary>
/// The name of the job that scrapes the exporter in a cluster, read from k8s/prometheus-values.yaml (the one
/// entry of <c>scrapeConfigs</c> that discovers targets itself; the others only amend the chart's jobs), so
/// Local's Prometheus labels its target as the cluster would and the ScaledObject's query, which selects that
/// job, runs unchanged.
/// </summary>
public static class ExporterScrapeJob
{
    public static string Read(string valuesFile)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(valuesFile)));
        var root = stream.Documents[0].RootNode as YamlMappingNode;
        var jobs = root is not null && root.Children.TryGetValue("scrapeConfigs", out var node) && node is YamlMappingNode map
            ? map.Children.Where(j => j.Value is YamlMappingNode job && job.Children.ContainsKey("kubernetes_sd_configs")).Select(j => ((YamlScalarNode)j.Key).Value!).ToList()
            : [];
        return jobs.Count == 1
            ? jobs[0]
            : throw new InvalidDataException($"{valuesFile}: expected one job under scrapeConfigs with its own kubernetes_sd_configs (the exporter's), found {jobs.Count}: Local names its scrape job after it.");
    }
}
