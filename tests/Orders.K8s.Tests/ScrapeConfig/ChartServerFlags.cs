using System.Text.Json.Nodes;

namespace Orders.K8s.Tests.ScrapeConfig;

/// <summary>
/// The arguments the prometheus-community/prometheus chart gives the Prometheus server container, rendered from its
/// merged values as templates/deploy.yaml does (chart 29.x): `server.defaultFlagsOverride` when set, else the
/// retention flags when set, --config.file, --storage.tsdb.path (storagePath or persistentVolume.mountPath), the two
/// console flags, then each `server.extraFlags` entry as --flag, each `server.extraArgs` key (Go ranges over a map in
/// key order) as --key=value or --key, then --web.route-prefix and --web.external-url when set.
/// </summary>
public static class ChartServerFlags
{
    public const string ConfigFile = "--config.file=";
    public const string StoragePath = "--storage.tsdb.path=";

    public static IReadOnlyList<string> Render(JsonObject mergedValues)
    {
        var server = mergedValues["server"] as JsonObject ?? [];
        if (server["defaultFlagsOverride"] is JsonArray { Count: > 0 } overridden)
        {
            return overridden.Select(flag => flag!.ToString()).ToList();
        }

        var flags = new List<string>();
        AddIfSet(flags, "--storage.tsdb.retention.time=", server["retention"]);
        AddIfSet(flags, "--storage.tsdb.retention.size=", server["retentionSize"]);
        flags.Add(ConfigFile + server["configPath"]);
        flags.Add(StoragePath + (Truthy(server["storagePath"]) ? server["storagePath"] : server["persistentVolume"]?["mountPath"]));
        flags.Add("--web.console.libraries=/etc/prometheus/console_libraries");
        flags.Add("--web.console.templates=/etc/prometheus/consoles");
        flags.AddRange((server["extraFlags"] as JsonArray ?? []).Select(flag => "--" + flag));
        foreach (var (key, value) in (server["extraArgs"] as JsonObject ?? []).OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            flags.Add(Truthy(value) ? $"--{key}={value}" : "--" + key);
        }

        AddIfSet(flags, "--web.route-prefix=", server["prefixURL"]);
        AddIfSet(flags, "--web.external-url=", server["baseURL"]);
        return flags;
    }

    private static void AddIfSet(List<string> flags, string flag, JsonNode? value)
    {
        if (Truthy(value))
        {
            flags.Add(flag + value);
        }
    }

    // Go templates' `if`: false for a missing value, "", false and 0.
    private static bool Truthy(JsonNode? value) =>
        value is not null && value.ToString() is { Length: > 0 } text && text != "false" && text != "0";
}
