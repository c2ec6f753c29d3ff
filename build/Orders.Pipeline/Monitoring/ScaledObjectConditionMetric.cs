using Orders.Pipeline.Yaml;

namespace Orders.Pipeline.Monitoring;

/// <summary>
/// The series kube-state-metrics exports for a ScaledObject's status conditions, as k8s/prometheus-values.yaml
/// configures its custom-resource state (<c>kube-state-metrics.customResourceState</c>): the name is
/// <c>metricNamePrefix</c> + "_" + the metric's name, the labels those its <c>labelsFromPath</c> give (the
/// object's and the condition's) plus the three kube-state-metrics adds to every custom-resource series
/// (<c>customresource_group</c>, <c>_kind</c>, <c>_version</c>). Read from there, so Local's stand-in for it
/// (<see cref="Local.FallbackConditionSeries"/>) changes when the configuration does.
/// </summary>
public sealed record ScaledObjectConditionMetric(string Name, string Help, string NamespaceLabel, string ObjectLabel, string ConditionLabel,
    IReadOnlyDictionary<string, string> ResourceLabels, TimeSpan ScrapeInterval)
{
    public static ScaledObjectConditionMetric Read(string valuesFile)
    {
        var root = YamlNodes.Load(File.ReadAllText(valuesFile), valuesFile).FirstOrDefault();
        var resource = root.Map("kube-state-metrics").Map("customResourceState").Map("config").Map("spec").Seq("resources")
            .FirstOrDefault(r => r.Map("groupVersionKind").Scalar("kind") == "ScaledObject");
        var metric = resource.Seq("metrics").FirstOrDefault(m => m.Map("each").Map("gauge").Strings("path").SequenceEqual(["status", "conditions"]));
        if (resource is null || metric is null)
        {
            throw new InvalidDataException($"{valuesFile}: kube-state-metrics.customResourceState.config.spec.resources has no ScaledObject with a gauge on [status, conditions]: the alert OrdersScalingOnFallback reads that series, and Local writes it from the model.");
        }
        var labels = resource.Map("labelsFromPath");
        string LabelOf(YamlDotNet.RepresentationModel.YamlMappingNode? map, params string[] path) =>
            map?.Children.FirstOrDefault(l => l.Value is YamlDotNet.RepresentationModel.YamlSequenceNode s && s.Children.Select(c => c.ToString()).SequenceEqual(path)).Key?.ToString()
            ?? throw new InvalidDataException($"{valuesFile}: the ScaledObject's kube-state-metrics labels have none from [{string.Join(", ", path)}].");
        var kind = resource.Map("groupVersionKind");
        return new ScaledObjectConditionMetric(
            $"{resource.Scalar("metricNamePrefix") ?? "kube_customresource"}_{metric.Scalar("name")}",
            metric.Scalar("help") ?? "",
            LabelOf(labels, "metadata", "namespace"),
            LabelOf(labels, "metadata", "name"),
            LabelOf(metric.Map("each").Map("gauge").Map("labelsFromPath"), "type"),
            new Dictionary<string, string>
            {
                ["customresource_group"] = kind.Scalar("group") ?? "",
                ["customresource_kind"] = kind.Scalar("kind") ?? "",
                ["customresource_version"] = kind.Scalar("version") ?? "",
            },
            Local.ClusterScrapeInterval.Global(valuesFile));
    }
}
