using Orders.Pipeline.Deploy;

namespace Orders.Pipeline.Monitoring;

/// <summary>
/// write-values: the Prometheus chart installs rules only from its values (serverFiles), so the values file
/// carries a copy of k8s/monitoring/*_rules.yml; this rewrites that copy after a rule file is edited, and the
/// Prometheus Operator component's PrometheusRules (<see cref="OperatorRuleFile"/>). First it writes the runbook
/// links' base (<see cref="RunbookLinks"/>) into the rule files and their tests, so both copies carry it.
/// tests/Orders.Monitoring.Tests fails, naming this command, while a copy differs.
/// </summary>
public static class RuleValuesWriter
{
    /// <summary>The values file, relative to the repository (the Prometheus chart's own).</summary>
    public static string ValuesFile => HelmChart.Prometheus.ValuesFile!;

    /// <summary>How a user runs it from the repository root, for messages that ask for it.</summary>
    public const string Command = "dotnet run --project build/Orders.Pipeline -- write-values";

    /// <summary>Rewrites the runbook links, the block in <c>root/ValuesFile</c> and the operator's rule file where they
    /// differ; true when a file changed.</summary>
    public static bool Write(string root)
    {
        var files = MonitoringFiles.In(root);
        var baseUrl = RunbookLinks.BaseUrl(root);
        var changed = false;
        foreach (var file in files.RuleFiles.Concat(Directory.GetFiles(files.RuleTests, "*.test.yml").Order(StringComparer.Ordinal)))
        {
            changed |= WriteIfChanged(file, RunbookLinks.Rewrite(File.ReadAllText(file), baseUrl));
        }
        var path = Path.Combine(root, ValuesFile);
        changed |= WriteIfChanged(path, RuleValuesBlock.Replace(File.ReadAllText(path), RuleValuesBlock.Render(files)));
        changed |= WriteIfChanged(Path.Combine(root, OperatorRuleFile.RelativePath), OperatorRuleFile.Render(files));
        return changed;
    }

    private static bool WriteIfChanged(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path) == text)
        {
            return false;
        }
        File.WriteAllText(path, text);
        return true;
    }
}
