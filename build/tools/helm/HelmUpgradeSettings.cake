// helm upgrade's flags this pipeline uses; with Install, the same command installs and upgrades (idempotent).
public sealed class HelmUpgradeSettings : HelmSettings
{
    public bool Install { get; set; }

    public bool CreateNamespace { get; set; }

    /// <summary>--values: each values file, in order (later ones win).</summary>
    public string[] Values { get; set; } = Array.Empty<string>();

    /// <summary>--version: the chart version, pinned so a deploy is reproducible.</summary>
    public string Version { get; set; }

    /// <summary>--wait: return only when the release's pods are ready.</summary>
    public bool Wait { get; set; }

    public TimeSpan? Timeout { get; set; }
}
