public sealed class HelmRepoAddSettings : ToolSettings
{
    /// <summary>--force-update: replace the entry if it exists AND re-download its index, so a pinned chart
    /// version published after the repository was first added is found; without it a second run skips.</summary>
    public bool ForceUpdate { get; set; }
}
