using Orders.Pipeline.Yaml;
using YamlDotNet.RepresentationModel;
using static Orders.Pipeline.Scaling.ManifestFields;

namespace Orders.Pipeline.Scaling;

/// <summary>
/// One entry of <c>spec.triggers</c> as KEDA 2.20's prometheus scaler reads it (pkg/scalers/prometheus_scaler.go
/// <c>prometheusMetadata</c>; keda-advanced.md §e). A trigger of another type is refused naming its type, its index
/// and name, and what replaying it would need. Fields that change how KEDA reaches Prometheus but not what it reads
/// (TLS, timeouts, auth) are read past with a note: a replay reads from --prometheus-url with its own credentials;
/// customHeaders are kept and sent, as KEDA sends them (a tenant's header selects the data).
/// </summary>
internal static class PrometheusTriggerReader
{
    /// <summary>Metadata keys a replay does not need, with why.</summary>
    private static readonly Dictionary<string, string> Ignored = new(StringComparer.Ordinal)
    {
        ["unsafeSsl"] = "TLS verification is the replay's own connection to --prometheus-url",
        ["timeout"] = "a replay reads recorded data; KEDA's per-query timeout only fails a live read",
        ["authModes"] = "the replay authenticates to --prometheus-url with its own options",
        ["authMode"] = "the replay authenticates to --prometheus-url with its own options",
        ["awsRegion"] = "cloud-managed Prometheus auth is not the replay's",
        ["identityOwner"] = "pod identity is not the replay's",
        ["metricName"] = "deprecated in KEDA 2.10 and ignored since 2.12",
        ["cortexOrgID"] = "deprecated by KEDA for customHeaders: pass --header 'X-Scope-OrgID: <id>' or set customHeaders",
    };

    public static PrometheusTrigger Read(YamlMappingNode trigger, int index, string where, List<string> notes)
    {
        var name = trigger.Scalar("name");
        var field = $"spec.triggers[{index}]" + (name is null ? "" : $" ('{name}')");
        var type = trigger.Scalar("type") ?? "(no type)";
        if (type != "prometheus")
        {
            throw new InvalidDataException($"{where}: {field} is of type {type}: {Needs(type)}; replay supports prometheus triggers only.");
        }
        var metadata = trigger.Map("metadata") ?? throw new InvalidDataException($"{where}: {field} has no metadata (serverAddress, query and threshold are required).");
        string Required(string key) => metadata.Scalar(key)
            ?? throw new InvalidDataException($"{where}: {field}.metadata.{key} is required by KEDA's prometheus scaler.");
        foreach (var key in metadata.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value!).Where(Ignored.ContainsKey))
        {
            notes.Add($"{field}.metadata.{key} ignored: {Ignored[key]}.");
        }
        if (trigger.Child("authenticationRef") is not null)
        {
            notes.Add($"{field}.authenticationRef ignored: the replay authenticates to --prometheus-url with its own options.");
        }
        return new PrometheusTrigger(
            Required("serverAddress"),
            Required("query"),
            Number(Required("threshold"), $"{field}.metadata.threshold", where),
            metadata.Scalar("activationThreshold") is { } a ? Number(a, $"{field}.metadata.activationThreshold", where) : 0,
            Bool(metadata.Scalar("ignoreNullValues") ?? "true", $"{field}.metadata.ignoreNullValues", where),
            MetricType(trigger.Scalar("metricType"), $"{field}.metricType", where),
            Bool(trigger.Scalar("useCachedMetrics") ?? "false", $"{field}.useCachedMetrics", where),
            name,
            metadata.Scalar("namespace") is { Length: > 0 } ns ? ns : null,
            metadata.Scalar("queryParameters") is { } p ? KedaMap.Parse(p, $"{field}.metadata.queryParameters", where) : null)
        {
            CustomHeaders = KedaCustomHeaders.Checked(metadata.Scalar("customHeaders"), $"{where}: {field}"),
        };
    }

    private static string Needs(string type) => type switch
    {
        "cpu" or "memory" => $"{type} triggers need the pods' {type} usage history and requests (metrics-server), which a Prometheus range does not hold as the HPA reads it",
        "cron" => "cron triggers need the schedule's calendar, not recorded data",
        "external" or "external-push" => "external triggers need the external scaler's own answers over time",
        _ => $"{type} triggers need the history of their own source ({type}), which a replay cannot read from Prometheus; if that source is exported to Prometheus, a prometheus trigger over its series can be replayed instead",
    };
}
