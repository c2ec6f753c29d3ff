// Mirrors Cake.Kubectl's KubectlRolloutStatusSettings (the subset used here).
public sealed class KubectlRolloutStatusSettings : KubectlSettings
{
    /// <summary>--timeout: how long kubectl waits for the rollout before it fails.</summary>
    public TimeSpan? Timeout { get; set; }
}
