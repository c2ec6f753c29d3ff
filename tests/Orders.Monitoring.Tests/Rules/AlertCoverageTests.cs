using Orders.Monitoring.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Orders.Monitoring.Tests.Rules;

/// <summary>Every alert is unit-tested both ways: at least one evaluation where it must fire and one where it
/// must stay silent (e.g. 14 minutes at max replicas).</summary>
public sealed class AlertCoverageTests
{
    [Fact]
    public void Every_alert_has_a_firing_and_a_silent_promtool_case()
    {
        var cases = RuleFiles.UnitTestFiles
            .SelectMany(file => ((YamlSequenceNode)RuleFiles.LoadYaml(file)["tests"]).Cast<YamlMappingNode>())
            .Where(test => test.Children.ContainsKey("alert_rule_test"))
            .SelectMany(test => ((YamlSequenceNode)test["alert_rule_test"]).Cast<YamlMappingNode>())
            .Select(c => (Alert: c["alertname"].ToString(),
                Fires: c.Children.TryGetValue("exp_alerts", out var exp) && exp is YamlSequenceNode { Children.Count: > 0 }))
            .ToList();

        var missing = RuleFiles.AlertingRules().Select(r => r.Name)
            .SelectMany(name => new[]
            {
                cases.Any(c => c.Alert == name && c.Fires) ? null : $"{name}: no case where it fires",
                cases.Any(c => c.Alert == name && !c.Fires) ? null : $"{name}: no case where it stays silent",
            })
            .OfType<string>()
            .ToList();

        Assert.True(missing.Count == 0, "Add alert_rule_test cases to k8s/monitoring/tests/*.test.yml:\n" + string.Join("\n", missing));
    }
}
