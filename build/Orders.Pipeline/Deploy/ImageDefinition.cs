namespace Orders.Pipeline.Deploy;

/// <summary>
/// An image the pipeline builds: the name k8s/base gives the container (replaced at Apply through Kustomize
/// <c>images:</c>) and the Dockerfile that builds it, with the repository root as context so a Dockerfile
/// can COPY any project.
/// </summary>
public sealed record ImageDefinition(string Name, string Dockerfile)
{
    public static readonly ImageDefinition App = new("orders-app", "app/Dockerfile");
    public static readonly ImageDefinition Exporter = new("orders-exporter", "sidecar/Dockerfile");

    public static IReadOnlyList<ImageDefinition> All { get; } = [App, Exporter];

    public string Reference(string registry, string tag) => $"{registry}/{Name}:{tag}";
}
