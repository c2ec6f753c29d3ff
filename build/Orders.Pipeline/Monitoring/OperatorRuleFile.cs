using System.Text;

namespace Orders.Pipeline.Monitoring;

/// <summary>
/// k8s/components/prometheus-operator/prometheusrules.yaml: each rule file of k8s/monitoring as the spec of a
/// PrometheusRule (the CRD's spec.groups is a rule file's groups), so a Prometheus run by the Prometheus Operator
/// loads the groups the chart's does. Kustomize cannot embed one file into another's spec, hence a written copy;
/// write-values writes it, tests/Orders.Monitoring.Tests compares it group by group.
/// </summary>
public static class OperatorRuleFile
{
    /// <summary>The file, relative to the repository.</summary>
    public const string RelativePath = "k8s/components/prometheus-operator/prometheusrules.yaml";

    /// <summary>The PrometheusRule made of each rule file: orders-recording, orders-alerting.</summary>
    public static IReadOnlyList<(string Name, string RuleFile)> Objects(MonitoringFiles files) =>
    [
        ("orders-recording", files.RecordingRules),
        ("orders-alerting", files.AlertingRules),
    ];

    public static string Render(MonitoringFiles files)
    {
        var text = new StringBuilder()
            .Append("# Generated from k8s/monitoring/*_rules.yml, the only copy of the rules: do not edit here. Rewrite it\n")
            .Append("# after a rule change with `").Append(RuleValuesWriter.Command).Append("`; tests/Orders.Monitoring.Tests\n")
            .Append("# (OperatorRuleTests) compares it group by group.\n");
        foreach (var (name, ruleFile) in Objects(files))
        {
            text.Append("---\n")
                .Append("apiVersion: monitoring.coreos.com/v1\n")
                .Append("kind: PrometheusRule\n")
                .Append("metadata:\n")
                .Append("  name: ").Append(name).Append('\n')
                .Append("spec:\n");
            foreach (var line in File.ReadAllText(ruleFile).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n'))
            {
                text.Append(line.Length == 0 ? "" : "  " + line).Append('\n');
            }
        }
        return text.ToString();
    }
}
