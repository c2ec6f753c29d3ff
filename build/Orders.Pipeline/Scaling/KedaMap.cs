namespace Orders.Pipeline.Scaling;

/// <summary>
/// KEDA's map metadata (<c>customHeaders</c>, <c>queryParameters</c>), read as kedacore/keda
/// <c>pkg/scalers/scalersconfig/typed_config.go</c> <c>setConfigValueMap</c> reads it: the text is split at every ',',
/// each element trimmed and split at EVERY '=', and anything but exactly two parts (no '=', a second '=', or an
/// empty element from a trailing or doubled ',') fails the ScaledObject. An element is named only by the text
/// before its first ':' or '=': a malformed header such as <c>Authorization: Bearer xyz</c> must not print its value.
/// </summary>
public static class KedaMap
{
    /// <param name="field">The field's path, e.g. <c>triggers[0].metadata.customHeaders</c>.</param>
    /// <param name="where">File, line and ScaledObject, for errors.</param>
    public static List<KeyValuePair<string, string>> Parse(string? text, string field, string where)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var raw in text.Split(','))
        {
            var element = raw.Trim();
            var parts = element.Split('=');
            if (element.Length == 0)
            {
                throw new InvalidDataException($"{where}: {field} has an empty element (a trailing or doubled ','), which KEDA refuses: remove it.");
            }
            if (parts.Length != 2 || parts[0].Trim().Length == 0)
            {
                throw new InvalidDataException($"{where}: {field} element '{NameOf(element)}…' is not key=value with exactly one '=', which KEDA refuses: write e.g. X-Scope-OrgID=team-a,X-Other=1.");
            }
            pairs.Add(new(parts[0].Trim(), parts[1].Trim()));
        }
        return pairs;
    }

    private static string NameOf(string element)
    {
        var end = element.IndexOfAny([':', '=']);
        return (end < 0 ? element : element[..end]).Trim();
    }
}
