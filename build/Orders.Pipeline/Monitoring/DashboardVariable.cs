using System.Text.RegularExpressions;

namespace Orders.Pipeline.Monitoring;

/// <summary>A dashboard template variable. For a <c>label_values(selector, label)</c> query, Grafana lists the
/// values of <see cref="Label"/> on the series of <see cref="Selector"/>.</summary>
public sealed partial record DashboardVariable(string Name, string Type, string Query, bool IncludeAll, bool Multi)
{
    public string? Selector => LabelValues().Match(Query) is { Success: true } m ? m.Groups["selector"].Value.Trim() : null;

    public string? Label => LabelValues().Match(Query) is { Success: true } m ? m.Groups["label"].Value.Trim() : null;

    [GeneratedRegex(@"^\s*label_values\((?<selector>.+),\s*(?<label>[A-Za-z_][A-Za-z0-9_]*)\s*\)\s*$")]
    private static partial Regex LabelValues();
}
