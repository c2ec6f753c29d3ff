// Mirrors Cake.Docker's DockerRegistryLoginSettings. The password is always sent on stdin
// (--password-stdin): on the command line it would show in `ps` and in the process log.
public sealed class DockerRegistryLoginSettings : ContainerToolSettings
{
    public string Username { get; set; }

    public string Password { get; set; }
}
