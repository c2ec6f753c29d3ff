using Orders.Pipeline.Manifests;
using Orders.Pipeline.Yaml;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Deploy;

/// <summary>
/// --prometheus=existing: the cluster's Prometheus is not ours to configure, so the exporter's scrape job (the one
/// of k8s/prometheus-values.yaml, <see cref="ExporterScrapeJob"/>) is written as a <c>scrape_configs</c> entry to
/// artifacts/deploy/ for its owner to add; Smoke names that file when the series does not arrive. Beside it goes
/// the kube-state-metrics custom-resource-state config for the ScaledObjects' conditions (the one the chart's
/// kube-state-metrics gets from k8s/prometheus-values.yaml): without it OrdersScalingOnFallback cannot fire.
/// </summary>
public static class ExistingPrometheus
{
    public const string ScrapeJobFile = "artifacts/deploy/prometheus-scrape-job.yaml";
    public const string KubeStateMetricsFile = "artifacts/deploy/kube-state-metrics-scaledobjects.yaml";

    /// <summary>Writes the custom-resource-state config (<c>--custom-resource-state-config-file</c>) of
    /// k8s/prometheus-values.yaml's kube-state-metrics, with the RBAC rules it needs in the header.</summary>
    public static async Task<string> WriteKubeStateMetricsConfigAsync(ClusterSettings settings, CancellationToken cancellationToken)
    {
        var valuesFile = settings.UnderRoot(HelmChart.Prometheus.ValuesFile!);
        var values = ExporterScrapeJob.Load(valuesFile) as YamlMappingNode
            ?? throw new InvalidDataException($"{valuesFile}: not a YAML mapping: restore the file from git.");
        var kubeStateMetrics = At<YamlMappingNode>(values, valuesFile, "kube-state-metrics");
        var config = At<YamlMappingNode>(At<YamlMappingNode>(kubeStateMetrics, valuesFile, "customResourceState"), valuesFile, "config");
        var rules = YamlNodes.Write(At<YamlSequenceNode>(At<YamlMappingNode>(kubeStateMetrics, valuesFile, "rbac"), valuesFile, "extraRules"));
        using var writer = new StringWriter();
        writer.WriteLine("# kube-state-metrics' custom-resource-state config for the ScaledObjects' status conditions (from k8s/prometheus-values.yaml):");
        writer.WriteLine("# it publishes kube_scaledobject_status_condition{namespace, scaledobject, condition}, which the alert OrdersScalingOnFallback");
        writer.WriteLine("# reads. Give it to the kube-state-metrics your Prometheus scrapes: --custom-resource-state-config-file=<this file>, or in");
        writer.WriteLine("# the prometheus-community kube-state-metrics chart (kube-prometheus-stack: under kube-state-metrics:) as");
        writer.WriteLine("# customResourceState.enabled: true with this document under customResourceState.config. Its service account also needs:");
        foreach (var line in rules.TrimEnd('\n', '.').Split('\n'))
        {
            writer.WriteLine("#   " + line);
        }
        writer.WriteLine("# Written by Orders.Pipeline's InstallPrometheus with --prometheus=existing or operator; do not commit.");
        var path = settings.UnderRoot(KubeStateMetricsFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, YamlNodes.Write(config, writer.ToString()), cancellationToken);
        return path;
    }

    private static T At<T>(YamlMappingNode node, string valuesFile, string key) where T : YamlNode =>
        node.Required<T>(key, valuesFile, "mapping where the kube-state-metrics ScaledObject config is read from");

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
        await File.WriteAllTextAsync(path, YamlNodes.Write(document, writer.ToString()), cancellationToken);
        return path;
    }
}
