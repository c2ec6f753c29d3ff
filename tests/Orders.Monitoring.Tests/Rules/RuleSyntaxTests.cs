using Orders.Monitoring.Tests.Infrastructure;

namespace Orders.Monitoring.Tests.Rules;

/// <summary>`promtool check rules`: the rule files parse, every expression is valid PromQL, names are legal.</summary>
[Trait("Category", "Process")]
public sealed class RuleSyntaxTests
{
    public static TheoryData<string> RuleFileNames => new(RuleFiles.Files.RuleFiles.Select(Path.GetFileName)!);

    [ToolTheory("promtool")]
    [MemberData(nameof(RuleFileNames))]
    public async Task Promtool_accepts_the_rule_file(string name)
    {
        var promtool = await Promtool.RunAsync(["check", "rules", name], RuleFiles.Files.Directory);

        Assert.True(promtool.ExitCode == 0, $"promtool check rules {name} failed:\n{promtool.Output}");
        Assert.Contains("SUCCESS", promtool.Output, StringComparison.Ordinal);
    }
}
