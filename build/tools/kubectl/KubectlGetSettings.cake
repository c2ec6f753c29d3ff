// Mirrors Cake.Kubectl's KubectlGetSettings (the subset used here).
public sealed class KubectlGetSettings : KubectlSettings
{
    /// <summary>--output: json, name, jsonpath=...</summary>
    public string Output { get; set; }
}
