using Orders.Monitoring.Tests.Infrastructure;

namespace Orders.Monitoring.Tests.Rules;

/// <summary>`promtool test rules` on k8s/monitoring/tests/*.test.yml: input series for every alert, evaluated
/// by Prometheus's own engine, with the alerts expected (and not expected) at given minutes.</summary>
[Trait("Category", "Process")]
public sealed class AlertUnitTests
{
    public static TheoryData<string> TestFileNames => new(RuleFiles.UnitTestFiles.Select(Path.GetFileName)!);

    [ToolTheory("promtool")]
    [MemberData(nameof(TestFileNames))]
    public async Task Promtool_unit_tests_pass(string name)
    {
        var promtool = await Promtool.RunAsync(["test", "rules", name], RuleFiles.Files.RuleTests);

        Assert.True(promtool.ExitCode == 0, $"promtool test rules {name} failed:\n{promtool.Output}");
        Assert.Contains("SUCCESS", promtool.Output, StringComparison.Ordinal);
    }
}
