using Orders.Monitoring.Tests.Infrastructure;
using Orders.Pipeline.Monitoring;
using YamlDotNet.RepresentationModel;

namespace Orders.Monitoring.Tests.Rules;

/// <summary>
/// The chart installs the rules from k8s/prometheus-values.yaml (serverFiles), which must therefore embed
/// them: these tests keep that copy identical to k8s/monitoring's files, and in the shape the chart needs.
/// To regenerate after editing a rule file:
/// <c>dotnet test tests/Orders.Monitoring.Tests -e ORDERS_WRITE_VALUES=1 --filter ChartValuesTests</c>.
/// </summary>
public sealed class ChartValuesTests
{
    private static readonly string ValuesPath = RepositoryRoot.Combine("k8s", "prometheus-values.yaml");

    [Fact]
    public void The_values_file_embeds_exactly_the_rule_files()
    {
        var expected = RuleValuesBlock.Render(RuleFiles.Files);
        var values = File.ReadAllText(ValuesPath);
        if (Environment.GetEnvironmentVariable("ORDERS_WRITE_VALUES") == "1")
        {
            File.WriteAllText(ValuesPath, RuleValuesBlock.Replace(values, expected));
            values = File.ReadAllText(ValuesPath);
        }

        Assert.True(RuleValuesBlock.Find(values) == expected,
            "k8s/prometheus-values.yaml's serverFiles block differs from k8s/monitoring/*_rules.yml. Regenerate it: "
            + "dotnet test tests/Orders.Monitoring.Tests -e ORDERS_WRITE_VALUES=1 --filter ChartValuesTests");
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
