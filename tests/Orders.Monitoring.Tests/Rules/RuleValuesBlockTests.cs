using Orders.Pipeline.Monitoring;

namespace Orders.Monitoring.Tests.Rules;

public sealed class RuleValuesBlockTests
{
    private const string Block = RuleValuesBlock.Begin + "\nserverFiles:\n  x: 1\n" + RuleValuesBlock.End + "\n";

    [Fact]
    public void Appends_the_block_to_values_without_one_and_replaces_it_in_place_otherwise()
    {
        const string values = "server:\n  global: {}\n";

        var appended = RuleValuesBlock.Replace(values, Block);
        var replaced = RuleValuesBlock.Replace(appended + "extra: true\n", Block.Replace("x: 1", "x: 2", StringComparison.Ordinal));

        Assert.Equal(values + Block, appended);
        Assert.Equal(values + Block.Replace("x: 1", "x: 2", StringComparison.Ordinal) + "extra: true\n", replaced);
        Assert.Null(RuleValuesBlock.Find(values));
    }

    [Fact]
    public void Renders_each_rule_file_indented_under_its_serverFiles_key()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("alerting_rules.yml"), "# why\ngroups:\n\n  - name: a\n");
        File.WriteAllText(dir.Combine("recording_rules.yml"), "groups: []\n");

        var block = RuleValuesBlock.Render(new MonitoringFiles(dir.Path));

        Assert.Equal(RuleValuesBlock.Begin + "\nserverFiles:\n  \"alerting_rules.yml\":\n    # why\n    groups:\n\n      - name: a\n"
            + "  \"recording_rules.yml\":\n    groups: []\n" + RuleValuesBlock.End + "\n", block);
    }
}
