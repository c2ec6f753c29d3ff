// Mirrors Cake.Kubectl's KubectlLabelSettings (the subset used here).
public sealed class KubectlLabelSettings : KubectlSettings
{
    /// <summary>--overwrite: replace a label's existing value, which makes labelling idempotent.</summary>
    public bool Overwrite { get; set; }
}
