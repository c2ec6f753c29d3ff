using Orders.Monitoring.Tests.Infrastructure;
using Orders.Pipeline.Monitoring;

namespace Orders.Monitoring.Tests.Operator;

/// <summary>
/// The Prometheus Operator component's PrometheusRules carry exactly k8s/monitoring's groups, and those groups,
/// taken out of the PrometheusRules, pass `promtool check rules` and the rule unit tests (k8s/monitoring/tests),
/// so an edit of the generated file that changes a rule fails here, not silently in a cluster.
/// </summary>
public sealed class OperatorRuleTests : IDisposable
{
    private readonly TempDirectory _folder = new("orders-operator-rules");

    [Fact]
    public void The_PrometheusRules_carry_the_rule_files_group_by_group()
    {
        var specs = OperatorRules.Specs(File.ReadAllText(OperatorRules.Path));

        var problems = new List<string>();
        foreach (var (name, ruleFile) in OperatorRules.Objects)
        {
            var expected = OperatorRules.Groups(RuleFiles.LoadYaml(ruleFile));
            if (!specs.TryGetValue(name, out var spec))
            {
                problems.Add($"no PrometheusRule {name} (for {Path.GetFileName(ruleFile)})");
                continue;
            }
            var actual = OperatorRules.Groups(spec);
            problems.AddRange(expected.Where(e => !actual.Contains(e))
                .Select(e => $"PrometheusRule {name}: group {e.Name} differs from {Path.GetFileName(ruleFile)}'s or is missing"));
            problems.AddRange(actual.Where(a => !expected.Any(e => e.Name == a.Name))
                .Select(a => $"PrometheusRule {name}: group {a.Name} is in no rule file"));
            if (expected.Count == actual.Count && problems.Count == 0 && !expected.Select(e => e.Name).SequenceEqual(actual.Select(a => a.Name)))
            {
                problems.Add($"PrometheusRule {name}: its groups are not in {Path.GetFileName(ruleFile)}'s order");
            }
        }

        Assert.True(problems.Count == 0,
            $"{OperatorRules.Path} differs from k8s/monitoring's rule files:\n{string.Join("\n", problems)}\nRegenerate it from the repository root: {RuleValuesWriter.Command}");
    }

    [ToolFact("promtool")]
    [Trait("Category", "Process")]
    public async Task Promtool_accepts_the_groups_of_every_PrometheusRule()
    {
        var files = WriteSpecsAsRuleFiles();

        var promtool = await Promtool.RunAsync(["check", "rules", .. files], _folder.Path);

        Assert.True(promtool.ExitCode == 0, $"promtool check rules on the PrometheusRules' groups failed:\n{promtool.Output}");
        Assert.Contains("SUCCESS", promtool.Output, StringComparison.Ordinal);
    }

    [ToolTheory("promtool")]
    [Trait("Category", "Process")]
    [MemberData(nameof(Rules.AlertUnitTests.TestFileNames), MemberType = typeof(Rules.AlertUnitTests))]
    public async Task The_rule_unit_tests_pass_on_the_groups_of_the_PrometheusRules(string name)
    {
        // Given: the unit tests read ../recording_rules.yml and ../alerting_rules.yml; here those names hold the
        // PrometheusRules' groups, not k8s/monitoring's files.
        WriteSpecsAsRuleFiles();
        var tests = Directory.CreateDirectory(_folder.Combine("tests")).FullName;
        File.Copy(Path.Combine(RuleFiles.Files.RuleTests, name), Path.Combine(tests, name));

        // When
        var promtool = await Promtool.RunAsync(["test", "rules", name], tests);

        // Then
        Assert.True(promtool.ExitCode == 0, $"promtool test rules {name} on the PrometheusRules' groups failed:\n{promtool.Output}");
        Assert.Contains("SUCCESS", promtool.Output, StringComparison.Ordinal);
    }

    /// <summary>Each PrometheusRule's spec written under the rule file name it was generated from.</summary>
    private List<string> WriteSpecsAsRuleFiles()
    {
        var specs = OperatorRules.Specs(File.ReadAllText(OperatorRules.Path));
        var written = new List<string>();
        foreach (var (name, ruleFile) in OperatorRules.Objects)
        {
            var fileName = Path.GetFileName(ruleFile);
            var stream = new YamlDotNet.RepresentationModel.YamlStream(new YamlDotNet.RepresentationModel.YamlDocument(specs[name]));
            using (var writer = new StreamWriter(_folder.Combine(fileName)))
            {
                stream.Save(writer, assignAnchors: false);
            }
            written.Add(fileName);
        }
        return written;
    }

    public void Dispose() => _folder.Dispose();
}
