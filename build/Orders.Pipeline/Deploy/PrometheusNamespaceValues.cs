using Orders.Pipeline.Yaml;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Deploy;

/// <summary>
/// k8s/prometheus-values.yaml names the namespaces the pipeline installs into by default (Prometheus in
/// <see cref="HelmChart.PrometheusNamespace"/>, KEDA in <see cref="HelmChart.KedaNamespace"/>) in the places that
/// select by namespace on purpose: the kube-state-metrics and keda-operator jobs keep only targets in those
/// namespaces (only who can create Services there can feed labels the alerts trust), and the server's NetworkPolicy
/// admits only them. With --prometheus-namespace or --keda-namespace elsewhere those selectors would match
/// nothing: the kube_* and keda_* alerts would go silent and KEDA's queries would be refused. This writes the
/// entries that name them, rewritten for the namespaces used, as a second values file (Helm replaces lists
/// whole, so each rewritten list is complete); with the default namespaces it writes nothing.
/// </summary>
public static class PrometheusNamespaceValues
{
    public const string File = "artifacts/deploy/prometheus-namespace-values.yaml";

    private const string KubeStateMetricsJob = "kube-state-metrics";
    private const string KedaOperatorJob = "keda-operator";
    private const string ServiceEndpointsJob = "kubernetes-service-endpoints";
    private const string NamespaceLabel = "kubernetes.io/metadata.name";

    /// <summary>The path written, or null when both namespaces are the defaults the values file already names.</summary>
    public static async Task<string?> WriteAsync(ClusterSettings settings, string valuesFile, CancellationToken cancellationToken)
    {
        var (prometheus, keda) = (settings.Prometheus.Namespace, settings.KedaNamespace);
        if (prometheus == HelmChart.PrometheusNamespace && keda == HelmChart.KedaNamespace)
        {
            return null;
        }
        var values = YamlNodes.Load(await System.IO.File.ReadAllTextAsync(valuesFile, cancellationToken), valuesFile).FirstOrDefault()
            ?? throw new InvalidDataException($"{valuesFile}: not a YAML mapping: restore the file from git.");
        var jobs = Required<YamlMappingNode>(values, "scrapeConfigs", valuesFile);
        var overlay = new YamlMappingNode
        {
            { "scrapeConfigs", new YamlMappingNode
                {
                    { KubeStateMetricsJob, Rewritten(jobs, KubeStateMetricsJob, "relabel_configs", HelmChart.PrometheusNamespace, prometheus, valuesFile) },
                    { KedaOperatorJob, Rewritten(jobs, KedaOperatorJob, "relabel_configs", HelmChart.KedaNamespace, keda, valuesFile) },
                    { ServiceEndpointsJob, Rewritten(jobs, ServiceEndpointsJob, "metric_relabel_configs", HelmChart.KedaNamespace, keda, valuesFile) },
                }
            },
            { "extraManifests", new YamlSequenceNode(Required<YamlSequenceNode>(values, "extraManifests", valuesFile).Children
                .Select(manifest => (YamlNode)new YamlScalarNode(Admitting(((YamlScalarNode)manifest).Value!, prometheus, keda, valuesFile)) { Style = YamlDotNet.Core.ScalarStyle.Literal })) },
        };
        var path = settings.UnderRoot(File);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var header = $"# Written by Orders.Pipeline's InstallPrometheus for --prometheus-namespace={prometheus} --keda-namespace={keda}: the{Environment.NewLine}"
            + $"# entries of k8s/prometheus-values.yaml that select by namespace, rewritten; passed to helm after that file. Do not commit.{Environment.NewLine}";
        await System.IO.File.WriteAllTextAsync(path, YamlNodes.Write(overlay, header), cancellationToken);
        return path;
    }

    // One job's relabel list, with each regex that starts with the default namespace (the namespace source label
    // comes first in these rules) starting with the one used instead.
    private static YamlMappingNode Rewritten(YamlMappingNode jobs, string job, string list, string from, string to, string valuesFile)
    {
        var rules = Required<YamlSequenceNode>(Required<YamlMappingNode>(jobs, job, valuesFile), list, valuesFile);
        var copy = new YamlSequenceNode();
        foreach (var rule in rules.Children.Cast<YamlMappingNode>())
        {
            var rewritten = new YamlMappingNode();
            foreach (var (key, value) in rule.Children)
            {
                rewritten.Add(key, key is YamlScalarNode { Value: "regex" } && value is YamlScalarNode { Value: { } regex } && regex.StartsWith(from + ";", StringComparison.Ordinal)
                    ? new YamlScalarNode(to + regex[from.Length..])
                    : value);
            }
            copy.Add(rewritten);
        }
        return new YamlMappingNode { { list, copy } };
    }

    // The NetworkPolicy's namespaceSelectors by name: the default Prometheus and KEDA namespaces become the ones used.
    private static string Admitting(string manifest, string prometheus, string keda, string valuesFile)
    {
        var root = YamlNodes.Load(manifest, valuesFile + " extraManifests").FirstOrDefault()
            ?? throw new InvalidDataException($"{valuesFile}: an extraManifests entry is not a YAML mapping: restore the file from git.");
        var ingress = root.Children.TryGetValue("spec", out var spec) && ((YamlMappingNode)spec).Children.TryGetValue("ingress", out var rules) ? (YamlSequenceNode)rules : [];
        foreach (var peer in ingress.Children.Cast<YamlMappingNode>()
            .SelectMany(rule => rule.Children.TryGetValue("from", out var from) ? ((YamlSequenceNode)from).Children.Cast<YamlMappingNode>() : []))
        {
            if (peer.Children.TryGetValue("namespaceSelector", out var selector)
                && ((YamlMappingNode)selector).Children.TryGetValue("matchLabels", out var labels)
                && ((YamlMappingNode)labels).Children.TryGetValue(NamespaceLabel, out var name))
            {
                ((YamlMappingNode)labels).Children[NamespaceLabel] = ((YamlScalarNode)name).Value switch
                {
                    HelmChart.PrometheusNamespace => new YamlScalarNode(prometheus),
                    HelmChart.KedaNamespace => new YamlScalarNode(keda),
                    _ => name,
                };
            }
        }
        return YamlNodes.Write(root).TrimEnd('\n', '.') + "\n";
    }

    private static T Required<T>(YamlNode node, string key, string valuesFile) where T : YamlNode =>
        node.Required<T>(key, valuesFile, "where the pipeline rewrites namespaces for --prometheus-namespace/--keda-namespace");
}
