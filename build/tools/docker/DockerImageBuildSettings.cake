// Mirrors Cake.Docker's DockerImageBuildSettings (the subset this pipeline uses).
public sealed class DockerImageBuildSettings : ContainerToolSettings
{
    /// <summary>--file: the Dockerfile, relative to the working directory or absolute.</summary>
    public string File { get; set; }

    /// <summary>--tag: each name:tag given to the image.</summary>
    public string[] Tag { get; set; } = Array.Empty<string>();
}
