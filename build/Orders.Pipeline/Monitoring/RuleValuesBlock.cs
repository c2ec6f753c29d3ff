using System.Text;

namespace Orders.Pipeline.Monitoring;

/// <summary>
/// The rules as the Prometheus chart takes them: <c>serverFiles."alerting_rules.yml"</c> and
/// <c>"recording_rules.yml"</c> must be YAML maps in the values (the chart writes them with toYaml, so a
/// string would reach Prometheus as a quoted scalar). The block is the rule files indented under those keys,
/// between two marker lines, so it can be regenerated and compared as text.
/// </summary>
public static class RuleValuesBlock
{
    public const string Begin = "# BEGIN generated from k8s/monitoring/*_rules.yml: do not edit here (tests/Orders.Monitoring.Tests checks it)";
    public const string End = "# END generated from k8s/monitoring/*_rules.yml";

    public static string Render(MonitoringFiles files)
    {
        var block = new StringBuilder();
        block.Append(Begin).Append('\n');
        block.Append("serverFiles:\n");
        Append(block, "alerting_rules.yml", File.ReadAllText(files.AlertingRules));
        Append(block, "recording_rules.yml", File.ReadAllText(files.RecordingRules));
        block.Append(End).Append('\n');
        return block.ToString();
    }

    /// <summary>The block as it stands in <paramref name="values"/>, or null when the markers are missing.</summary>
    public static string? Find(string values)
    {
        var start = values.IndexOf(Begin, StringComparison.Ordinal);
        var end = values.IndexOf(End, StringComparison.Ordinal);
        return start < 0 || end < start ? null : values[start..(end + End.Length)] + "\n";
    }

    /// <summary><paramref name="values"/> with the block replaced by <paramref name="block"/>, or appended.</summary>
    public static string Replace(string values, string block)
    {
        var current = Find(values);
        if (current is null)
        {
            return values.TrimEnd('\n') + "\n" + block;
        }
        var start = values.IndexOf(Begin, StringComparison.Ordinal);
        var tail = values[(start + current.Length - 1)..].TrimStart('\n');
        return values[..start] + block + tail;
    }

    private static void Append(StringBuilder block, string key, string fileText)
    {
        block.Append("  \"").Append(key).Append("\":\n");
        foreach (var line in fileText.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n'))
        {
            block.Append(line.Length == 0 ? "" : "    " + line).Append('\n');
        }
    }
}
