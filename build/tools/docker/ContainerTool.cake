// The container CLI that builds and pushes images. podman takes docker's syntax; buildah names its build
// command "bud" and pushes to an explicit transport ("docker://<image>"), so the aliases branch on it.
public enum ContainerTool
{
    Docker,
    Podman,
    Buildah,
}

public static ContainerTool ParseContainerTool(string value) => value?.Trim().ToLowerInvariant() switch
{
    "docker" => ContainerTool.Docker,
    "podman" => ContainerTool.Podman,
    "buildah" => ContainerTool.Buildah,
    _ => throw new CakeException($"Unknown container tool '{value}': pass --container-tool=docker, podman or buildah."),
};
