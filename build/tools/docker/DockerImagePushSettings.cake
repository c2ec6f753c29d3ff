// Mirrors Cake.Docker's DockerImagePushSettings.
public sealed class DockerImagePushSettings : ContainerToolSettings
{
}
