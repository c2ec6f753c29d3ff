namespace Orders.Pipeline.Deploy;

/// <summary>--container-tool's grammar and the executable each tool runs as.</summary>
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
