// Mirrors Cake.Kubectl's KubectlWaitSettings (the subset used here).
public sealed class KubectlWaitSettings : KubectlSettings
{
    /// <summary>--for: e.g. condition=Ready.</summary>
    public string For { get; set; }

    /// <summary>--timeout: how long kubectl waits for the condition before it fails.</summary>
    public TimeSpan? Timeout { get; set; }
}
