using System.Text;

namespace Orders.Pipeline.Monitoring;

/// <summary>Loads the project's rule files into a Prometheus configuration written for a local run, so the
/// alerts and the recorded series the dashboard reads are evaluated there as in the cluster.</summary>
public static class PrometheusRuleFiles
{
    /// <summary><paramref name="config"/> (a prometheus.yml without rule_files) with the rule files appended.</summary>
    public static string AppendTo(string config, MonitoringFiles files)
    {
        var yaml = new StringBuilder(config.TrimEnd('\n')).Append("\nrule_files:\n");
        foreach (var file in files.RuleFiles)
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"{file} does not exist: the rule files live in k8s/monitoring; run from a clone of the repository.", file);
            }
            // Double-quoted YAML: a path with spaces or colons stays one scalar.
            yaml.Append("  - \"").Append(Path.GetFullPath(file).Replace("\\", "\\\\", StringComparison.Ordinal)).Append("\"\n");
        }
        return yaml.ToString();
    }
}
