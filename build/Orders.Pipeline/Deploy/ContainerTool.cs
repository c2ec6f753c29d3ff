namespace Orders.Pipeline.Deploy;

/// <summary>
/// The container CLI that builds and pushes images. podman takes docker's syntax; buildah names its build
/// command "bud" and pushes to an explicit transport ("docker://&lt;image&gt;").
/// </summary>
public enum ContainerTool
{
    Docker,
    Podman,
    Buildah,
}
