using System.Globalization;
using System.Text.RegularExpressions;
using Orders.Monitoring.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Orders.Monitoring.Tests.Rules;

/// <summary>
/// The rules read the threshold and maxReplicaCount from the HPA KEDA made (kube-state-metrics), never from a
/// number of their own. The test inputs (promtool's and the backfilled cluster series) do carry them: they
/// must be the ScaledObject's, so the tests exercise the configuration that is deployed.
/// </summary>
public sealed partial class ScaledObjectAgreementTests
{
    [Fact]
    public void The_rules_restate_neither_the_threshold_nor_the_max_replicas()
    {
        var (threshold, max) = ScaledObject();
        var expressions = RuleFiles.Rules(RuleFiles.Files.AlertingRules).Concat(RuleFiles.Rules(RuleFiles.Files.RecordingRules))
            .Select(r => r["expr"].ToString());

        // 1.5 x threshold is the alert's own margin; the threshold itself, x1.5 or not, must not appear.
        var restated = expressions.Where(e => Numbers().Matches(e).Select(m => m.Value)
            .Any(n => n == threshold.ToString(CultureInfo.InvariantCulture) || n == (threshold * 1.5).ToString(CultureInfo.InvariantCulture) || n == max.ToString(CultureInfo.InvariantCulture)))
            .ToList();

        Assert.True(restated.Count == 0, "Read these from kube-state-metrics instead:\n" + string.Join("\n", restated));
    }

    [Fact]
    public void Test_inputs_give_the_HPA_the_ScaledObjects_threshold_and_max_replicas()
    {
        var (threshold, max) = ScaledObject();
        var inputs = RuleFiles.UnitTestFiles.Select(File.ReadAllText)
            .Append(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "cluster-series.txt")))
            .ToList();
        var maxValues = inputs.SelectMany(t => Values(t, "kube_horizontalpodautoscaler_spec_max_replicas")).ToList();
        var targetValues = inputs.SelectMany(t => Values(t, "kube_horizontalpodautoscaler_spec_target_metric")).ToList();

        Assert.NotEmpty(maxValues);
        Assert.NotEmpty(targetValues);
        Assert.All(maxValues, v => Assert.Equal(max, v));
        Assert.All(targetValues, v => Assert.Equal(threshold, v));
    }

    private static (double Threshold, double Max) ScaledObject()
    {
        var spec = (YamlMappingNode)RuleFiles.LoadYaml(RepositoryRoot.Combine("k8s", "base", "scaledobject.yaml"))["spec"];
        var trigger = (YamlMappingNode)((YamlSequenceNode)spec["triggers"])[0];
        return (double.Parse(trigger["metadata"]["threshold"].ToString(), CultureInfo.InvariantCulture),
            double.Parse(spec["maxReplicaCount"].ToString(), CultureInfo.InvariantCulture));
    }

    /// <summary>The values given to our HPA's metric in a promtool input ('6x40', '10x25') or a series file ('... 6').</summary>
    private static IEnumerable<double> Values(string text, string metric) =>
        text.Split('\n')
            .Select((line, i) => (line, i))
            // Our HPA is in namespace "orders"; inputs also hold other teams' HPAs, which must not page us.
            .Where(l => l.line.Contains(metric + "{", StringComparison.Ordinal) && l.line.Contains("namespace=\"orders\"", StringComparison.Ordinal))
            .Select(l => l.line.Contains("series:", StringComparison.Ordinal) ? text.Split('\n')[l.i + 1] : l.line[(l.line.LastIndexOf('}') + 1)..])
            .Select(v => double.Parse(FirstValue().Match(v).Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"(?<![\w.])\d+(\.\d+)?(?![\w.])")]
    private static partial Regex Numbers();

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex FirstValue();
}
