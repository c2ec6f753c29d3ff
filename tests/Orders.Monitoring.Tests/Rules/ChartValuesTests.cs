using System.Text.RegularExpressions;
using Orders.Monitoring.Tests.Infrastructure;
using Orders.Pipeline.Monitoring;
using YamlDotNet.RepresentationModel;

namespace Orders.Monitoring.Tests.Rules;

/// <summary>
/// The chart installs the rules from k8s/prometheus-values.yaml (serverFiles), which must therefore embed
/// them: these tests keep that copy identical to k8s/monitoring's files, and in the shape the chart needs.
/// The copy is written by the pipeline's write-values verb (<see cref="RuleValuesWriter.Command"/>), never by a test;
/// the same verb writes the operator component's PrometheusRules and the runbook links' base.
/// </summary>
public sealed class ChartValuesTests
{
    private static readonly string ValuesPath = RepositoryRoot.Combine("k8s", "prometheus-values.yaml");

    [Fact]
    public void The_values_file_embeds_exactly_the_rule_files()
    {
        var expected = RuleValuesBlock.Render(RuleFiles.Files);

        var actual = RuleValuesBlock.Find(File.ReadAllText(ValuesPath));

        Assert.True(actual == expected,
            "k8s/prometheus-values.yaml's serverFiles block differs from k8s/monitoring/*_rules.yml. Regenerate it from the repository root: "
            + RuleValuesWriter.Command);
    }

    [Fact]
    public void Write_values_brings_a_stale_copy_in_line_and_leaves_a_current_one_alone()
    {
        // Given a copy of the repository's values and rule files whose alerting rules gained a line
        using var root = CopyOfTheGeneratedFilesAndTheirSources();
        File.AppendAllText(root.Combine("k8s/monitoring/alerting_rules.yml"), "# a new comment\n");
        var copy = MonitoringFiles.In(root.Path);

        // When
        var first = RuleValuesWriter.Write(root.Path);
        var second = RuleValuesWriter.Write(root.Path);

        // Then
        var written = File.ReadAllText(root.Combine(RuleValuesWriter.ValuesFile));
        Assert.True(first);
        Assert.False(second);
        Assert.Equal(RuleValuesBlock.Render(copy), RuleValuesBlock.Find(written));
        Assert.Contains("    # a new comment\n", written, StringComparison.Ordinal);
        Assert.Equal(OperatorRuleFile.Render(copy), File.ReadAllText(root.Combine(OperatorRuleFile.RelativePath)));
        Assert.Contains("  # a new comment\n", File.ReadAllText(root.Combine(OperatorRuleFile.RelativePath)), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_values_carries_a_new_runbook_base_into_the_rules_their_tests_and_both_copies()
    {
        // Given a fork that set its repository's URL
        using var root = CopyOfTheGeneratedFilesAndTheirSources();
        var props = root.Combine(RunbookLinks.PropertiesFile);
        File.WriteAllText(props, Regex.Replace(File.ReadAllText(props), "<RepositoryUrl>[^<]*</RepositoryUrl>", "<RepositoryUrl>https://git.example.test/team/orders</RepositoryUrl>"));

        // When
        RuleValuesWriter.Write(root.Path);

        // Then
        const string expected = "runbook_url: https://git.example.test/team/orders/blob/main/docs/runbooks.md#ordersatmaxreplicas";
        foreach (var file in new[] { "k8s/monitoring/alerting_rules.yml", "k8s/monitoring/tests/scaling.test.yml", RuleValuesWriter.ValuesFile, OperatorRuleFile.RelativePath })
        {
            var text = File.ReadAllText(root.Combine(file));
            Assert.Contains(expected, text, StringComparison.Ordinal);
            Assert.DoesNotContain(RunbookLinks.BaseUrl(RepositoryRoot.Path), text, StringComparison.Ordinal);
        }
    }

    /// <summary>What write-values reads and writes, copied from the repository into a temporary root.</summary>
    private static TempDirectory CopyOfTheGeneratedFilesAndTheirSources()
    {
        var root = new TempDirectory("orders-write-values");
        var unitTests = RuleFiles.UnitTestFiles.Select(f => "k8s/monitoring/tests/" + Path.GetFileName(f));
        foreach (var relative in new[] { RuleValuesWriter.ValuesFile, "k8s/monitoring/alerting_rules.yml", "k8s/monitoring/recording_rules.yml",
                     OperatorRuleFile.RelativePath, RunbookLinks.PropertiesFile }.Concat(unitTests))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(root.Combine(relative))!);
            File.Copy(RepositoryRoot.Combine(relative.Split('/')), root.Combine(relative));
        }
        return root;
    }

    [Theory]
    [InlineData("alerting_rules.yml")]
    [InlineData("recording_rules.yml")]
    public void The_chart_gets_each_rule_file_as_a_map_of_groups_not_a_string(string key)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(ValuesPath)));
        var serverFiles = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["serverFiles"];

        // The chart writes these with toYaml: a string would reach Prometheus as one quoted scalar and fail to load.
        var file = Assert.IsType<YamlMappingNode>(serverFiles[key]);
        Assert.NotEmpty(Assert.IsType<YamlSequenceNode>(file["groups"]).Children);
    }
}
