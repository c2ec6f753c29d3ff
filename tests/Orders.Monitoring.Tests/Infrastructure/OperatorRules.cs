using Orders.Pipeline.Monitoring;
using YamlDotNet.RepresentationModel;

namespace Orders.Monitoring.Tests.Infrastructure;

/// <summary>
/// Reads k8s/components/prometheus-operator/prometheusrules.yaml (written by write-values, <see cref="OperatorRuleFile"/>)
/// back into groups, so a test can compare it with the rule files group by group.
/// </summary>
internal static class OperatorRules
{
    public static string Path { get; } = RepositoryRoot.Combine(OperatorRuleFile.RelativePath.Split('/'));

    public static IReadOnlyList<(string Name, string RuleFile)> Objects => OperatorRuleFile.Objects(RuleFiles.Files);

    /// <summary>The PrometheusRules in <paramref name="yaml"/>: name -> its spec (a rule file's root: groups).</summary>
    public static IReadOnlyDictionary<string, YamlMappingNode> Specs(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode)
            .Where(d => d.Children.TryGetValue("kind", out var kind) && kind.ToString() == "PrometheusRule")
            .ToDictionary(d => d["metadata"]["name"].ToString(), d => (YamlMappingNode)d["spec"], StringComparer.Ordinal);
    }

    /// <summary>Each group of a rule file's root (or a PrometheusRule's spec): name -> a canonical text of the group.</summary>
    public static IReadOnlyList<(string Name, string Canonical)> Groups(YamlMappingNode root) =>
        ((YamlSequenceNode)root["groups"]).Cast<YamlMappingNode>().Select(g => (g["name"].ToString(), Canonical(g))).ToList();

    /// <summary>Comments, quoting, key order and block style do not count; values and structure do.</summary>
    private static string Canonical(YamlNode node) => node switch
    {
        YamlMappingNode map => "{" + string.Join(",", map.Children.Select(c => (Key: c.Key.ToString(), Value: Canonical(c.Value)))
            .OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}:{c.Value}")) + "}",
        YamlSequenceNode sequence => "[" + string.Join(",", sequence.Children.Select(Canonical)) + "]",
        YamlScalarNode scalar => System.Text.Json.JsonSerializer.Serialize(scalar.Value),
        _ => node.ToString(),
    };
}
