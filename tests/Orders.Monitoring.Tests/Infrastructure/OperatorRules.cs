using System.Text;
using YamlDotNet.RepresentationModel;

namespace Orders.Monitoring.Tests.Infrastructure;

/// <summary>
/// k8s/components/prometheus-operator/prometheusrules.yaml: each rule file of k8s/monitoring as the spec of a
/// PrometheusRule (the CRD's spec.groups is a rule file's groups), so the operator's Prometheus loads the same
/// groups the chart's does. Kustomize cannot embed one file into another's spec, so the file is generated here
/// and <see cref="Groups"/> lets a test compare it with the rule files group by group.
/// </summary>
internal static class OperatorRules
{
    public static string Path { get; } = RepositoryRoot.Combine("k8s", "components", "prometheus-operator", "prometheusrules.yaml");

    public const string Regenerate = "dotnet test tests/Orders.Monitoring.Tests -e ORDERS_WRITE_VALUES=1 --filter OperatorRuleTests";

    /// <summary>The PrometheusRule name for each rule file: orders-recording, orders-alerting.</summary>
    public static IReadOnlyList<(string Name, string RuleFile)> Objects { get; } =
    [
        ("orders-recording", RuleFiles.Files.RecordingRules),
        ("orders-alerting", RuleFiles.Files.AlertingRules),
    ];

    public static string Render()
    {
        var text = new StringBuilder()
            .Append("# Generated from k8s/monitoring/*_rules.yml, the only copy of the rules: do not edit here.\n")
            .Append("# tests/Orders.Monitoring.Tests (OperatorRuleTests) compares it group by group; regenerate with\n")
            .Append("#   ").Append(Regenerate).Append('\n');
        foreach (var (name, ruleFile) in Objects)
        {
            text.Append("---\n")
                .Append("apiVersion: monitoring.coreos.com/v1\n")
                .Append("kind: PrometheusRule\n")
                .Append("metadata:\n")
                .Append("  name: ").Append(name).Append('\n')
                .Append("spec:\n");
            foreach (var line in File.ReadAllText(ruleFile).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n'))
            {
                text.Append(line.Length == 0 ? "" : "  " + line).Append('\n');
            }
        }
        return text.ToString();
    }

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
