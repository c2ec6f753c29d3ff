namespace Orders.Pipeline.Scaling;

/// <summary>
/// A prometheus trigger's <c>customHeaders</c> as KEDA reads it: a map written <c>Name1=value1,Name2=value2</c>
/// (kedacore/keda <c>pkg/scalers/scalersconfig/typed_config.go</c>: elements split at ',', key and value at the
/// first '=', both trimmed), each added to every query (<c>pkg/scalers/prometheus_scaler.go</c>).
/// </summary>
public static class KedaCustomHeaders
{
    /// <summary>The text itself, once it parses: a bad element fails when the ScaledObject is read, naming where.</summary>
    public static string? Checked(string? text, string where)
    {
        Parse(text, where);
        return text;
    }

    public static IReadOnlyDictionary<string, string> Parse(string? text, string where)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = element.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new InvalidDataException($"{where}: triggers[].metadata.customHeaders element '{element}' is not Name=value (KEDA reads e.g. X-Scope-OrgID=team-a,X-Other=1).");
            }
            headers[element[..eq].Trim()] = element[(eq + 1)..].Trim();
        }
        return headers;
    }
}
