// Mirrors Cake.Kubectl's KubectlApplySettings (the subset used here).
public sealed class KubectlApplySettings : KubectlSettings
{
    /// <summary>--filename: the manifest file to apply.</summary>
    public string Filename { get; set; }
}
