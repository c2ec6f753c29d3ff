using Orders.Pipeline.Deploy;

namespace Orders.Pipeline.Monitoring;

/// <summary>
/// write-values: the Prometheus chart installs rules only from its values (serverFiles), so the values file
/// carries a copy of k8s/monitoring/*_rules.yml; this rewrites that copy after a rule file is edited.
/// tests/Orders.Monitoring.Tests fails, naming this command, while the copy differs.
/// </summary>
public static class RuleValuesWriter
{
    /// <summary>The values file, relative to the repository (the Prometheus chart's own).</summary>
    public static string ValuesFile => HelmChart.Prometheus.ValuesFile!;

    /// <summary>How a user runs it from the repository root, for messages that ask for it.</summary>
    public const string Command = "dotnet run --project build/Orders.Pipeline -- write-values";

    /// <summary>Rewrites the block in <c>root/ValuesFile</c> when it differs; true when the file changed.</summary>
    public static bool Write(string root)
    {
        var path = Path.Combine(root, ValuesFile);
        var values = File.ReadAllText(path);
        var updated = RuleValuesBlock.Replace(values, RuleValuesBlock.Render(MonitoringFiles.In(root)));
        if (updated == values)
        {
            return false;
        }
        File.WriteAllText(path, updated);
        return true;
    }
}
