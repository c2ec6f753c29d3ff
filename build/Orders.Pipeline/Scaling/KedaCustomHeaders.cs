namespace Orders.Pipeline.Scaling;

/// <summary>
/// A prometheus trigger's <c>customHeaders</c> as KEDA reads it: a map written <c>Name1=value1,Name2=value2</c>
/// (<see cref="KedaMap"/>: KEDA's <c>setConfigValueMap</c>, exactly one '=' per element), each added to every
/// query (<c>pkg/scalers/prometheus_scaler.go</c>).
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
        foreach (var (name, value) in KedaMap.Parse(text, "triggers[].metadata.customHeaders", where))
        {
            headers[name] = value;
        }
        return headers;
    }
}
