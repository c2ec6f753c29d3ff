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

public static class ContainerToolGrammar
{
    public static ContainerTool Parse(string option, string value) => value.Trim().ToLowerInvariant() switch
    {
        "docker" => ContainerTool.Docker,
        "podman" => ContainerTool.Podman,
        "buildah" => ContainerTool.Buildah,
        _ => throw new ArgumentException($"--{option} '{value}' is refused: it accepts docker, podman or buildah."),
    };

    public static string Executable(this ContainerTool tool) => tool.ToString().ToLowerInvariant();
}
