namespace Orders.Pipeline.Deploy;

/// <summary>--layout's grammar, and the Kustomize components each layout adds to the deployed kustomization.</summary>
public static class DeployLayoutGrammar
{
    /// <summary>The seed's NodePort and nodeSelector, relative to the repository root.</summary>
    public const string SeedComponent = "k8s/components/seed-layout";

    public static DeployLayout Parse(string option, string value) => value.Trim().ToLowerInvariant() switch
    {
        "seed" => DeployLayout.Seed,
        "portable" => DeployLayout.Portable,
        _ => throw new ArgumentException($"--{option} '{value}' is refused: it accepts seed (NodePort 30081, pods on nodes labelled role=worker-node) or portable (ClusterIP, any node, no node labelled)."),
    };

    /// <summary>The components directories (under the repository root) the layout adds.</summary>
    public static IReadOnlyList<string> Components(this DeployLayout layout) => layout switch
    {
        DeployLayout.Seed => [SeedComponent],
        _ => [],
    };
}
