using Orders.Monitoring.Tests.Infrastructure;

namespace Orders.Monitoring.Tests.Rules;

/// <summary>`promtool check rules`: the rule files parse, every expression is valid PromQL, names are legal.</summary>
public sealed class RuleSyntaxTests
{
    public static TheoryData<string> RuleFileNames => new(RuleFiles.Files.RuleFiles.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(RuleFileNames))]
    public async Task Promtool_accepts_the_rule_file(string name)
    {
        var (code, output) = await Promtool.RunAsync(RuleFiles.Files.Directory, "check", "rules", name);

        Assert.True(code == 0, $"promtool check rules {name} failed:\n{output}");
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
    }
}
