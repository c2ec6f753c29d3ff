using Orders.Pipeline.Manifests;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Deploy;

/// <summary>
/// --prometheus=existing: the cluster's Prometheus is not ours to configure, so the exporter's scrape job (the one
/// of k8s/prometheus-values.yaml, <see cref="ExporterScrapeJob"/>) is written as a <c>scrape_configs</c> entry to
/// artifacts/deploy/ for its owner to add; Smoke names that file when the series does not arrive.
/// </summary>
public static class ExistingPrometheus
{
    public const string ScrapeJobFile = "artifacts/deploy/prometheus-scrape-job.yaml";

    public static async Task<string> WriteScrapeJobAsync(ClusterSettings settings, CancellationToken cancellationToken)
    {
        var valuesFile = settings.UnderRoot(HelmChart.Prometheus.ValuesFile!);
        var job = ExporterScrapeJob.Find(ExporterScrapeJob.Load(valuesFile), out var count)
            ?? throw new InvalidDataException($"{valuesFile}: expected one exporter job under scrapeConfigs, found {count}: restore the file from git.");
        var entry = new YamlMappingNode { { "job_name", job.Key } };
        foreach (var (key, value) in job.Value.Children)
        {
            entry.Add(key, value);
        }
        var document = new YamlMappingNode { { "scrape_configs", new YamlSequenceNode(entry) } };
        var path = settings.UnderRoot(ScrapeJobFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var writer = new StringWriter();
        writer.WriteLine("# The orders exporter's scrape job (from k8s/prometheus-values.yaml), for the Prometheus the cluster already runs:");
        writer.WriteLine("# add this entry to its scrape_configs (for the prometheus-community chart: under extraScrapeConfigs). Written by");
        writer.WriteLine("# Orders.Pipeline's InstallPrometheus with --prometheus=existing; do not commit.");
        new YamlStream(new YamlDocument(document)).Save(writer, assignAnchors: false);
        await File.WriteAllTextAsync(path, writer.ToString().Replace("\n...\n", "\n", StringComparison.Ordinal), cancellationToken);
        return path;
    }
}
