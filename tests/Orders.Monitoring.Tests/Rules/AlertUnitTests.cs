using Orders.Monitoring.Tests.Infrastructure;

namespace Orders.Monitoring.Tests.Rules;

/// <summary>`promtool test rules` on k8s/monitoring/tests/*.test.yml: input series for every alert, evaluated
/// by Prometheus's own engine, with the alerts expected (and not expected) at given minutes.</summary>
public sealed class AlertUnitTests
{
    public static TheoryData<string> TestFileNames => new(RuleFiles.UnitTestFiles.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(TestFileNames))]
    public async Task Promtool_unit_tests_pass(string name)
    {
        var (code, output) = await Promtool.RunAsync(RuleFiles.Files.RuleTests, "test", "rules", name);

        Assert.True(code == 0, $"promtool test rules {name} failed:\n{output}");
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
    }
}
