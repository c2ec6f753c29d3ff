namespace Promql.Parsing;

/// <summary>
/// Metric and label names as printed: bare when they fit the classic grammar, quoted otherwise (Prometheus 3
/// allows any UTF-8 name written as a string, e.g. <c>{"my.metric"}</c> or <c>by ("k8s.pod")</c>).
/// </summary>
internal static class NameText
{
    public static bool IsLegacyMetricName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] is '_' or ':')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or ':');

    public static bool IsLegacyLabelName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    public static string Metric(string name) => IsLegacyMetricName(name) ? name : StringText.Quote(name);

    public static string Label(string name) => IsLegacyLabelName(name) ? name : StringText.Quote(name);

    public static string LabelList(IEnumerable<string> names) => string.Join(", ", names.Select(Label));
}
