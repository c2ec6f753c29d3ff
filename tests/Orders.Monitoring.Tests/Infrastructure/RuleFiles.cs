using Orders.Pipeline.Monitoring;
using YamlDotNet.RepresentationModel;

namespace Orders.Monitoring.Tests.Infrastructure;

/// <summary>The repository's rule files, rule tests and dashboard, and YAML access to them.</summary>
internal static class RuleFiles
{
    public static MonitoringFiles Files { get; } = MonitoringFiles.In(RepositoryRoot.Path);

    public static IEnumerable<string> UnitTestFiles => Directory.GetFiles(Files.RuleTests, "*.test.yml").Order(StringComparer.Ordinal);

    public static YamlMappingNode LoadYaml(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary>Every alerting rule: its name and its mapping (expr, for, labels, annotations).</summary>
    public static IReadOnlyList<(string Name, YamlMappingNode Rule)> AlertingRules() =>
        Rules(Files.AlertingRules).Where(r => r.Children.ContainsKey("alert")).Select(r => (r["alert"].ToString(), r)).ToList();

    public static IEnumerable<YamlMappingNode> Rules(string path) =>
        ((YamlSequenceNode)LoadYaml(path)["groups"]).Cast<YamlMappingNode>()
            .SelectMany(g => ((YamlSequenceNode)g["rules"]).Cast<YamlMappingNode>());
}
