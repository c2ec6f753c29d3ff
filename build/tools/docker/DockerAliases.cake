// Aliases named as in Cake.Docker (DockerBuild, DockerPush, DockerLogin), so moving to the addin once it is
// served is a change of #addin line, not of tasks. They also drive podman and buildah (see ContainerTool).

/// <summary>docker build --file F --tag T PATH (buildah: bud).</summary>
public static void DockerBuild(this ICakeContext context, DockerImageBuildSettings settings, string path)
{
    var arguments = new ProcessArgumentBuilder();
    arguments.Append(settings.Tool == ContainerTool.Buildah ? "bud" : "build");
    if (!string.IsNullOrEmpty(settings.File))
    {
        arguments.AppendSwitchQuoted("--file", " ", settings.File);
    }
    foreach (var tag in settings.Tag)
    {
        arguments.AppendSwitchQuoted("--tag", " ", tag);
    }
    arguments.AppendQuoted(path);
    ContainerCli<DockerImageBuildSettings>(context).Run(settings, arguments);
}

/// <summary>docker push IMAGE (buildah: push IMAGE docker://IMAGE).</summary>
public static void DockerPush(this ICakeContext context, DockerImagePushSettings settings, string imageReference)
{
    var arguments = new ProcessArgumentBuilder();
    arguments.Append("push").AppendQuoted(imageReference);
    if (settings.Tool == ContainerTool.Buildah)
    {
        arguments.AppendQuoted("docker://" + imageReference);
    }
    ContainerCli<DockerImagePushSettings>(context).Run(settings, arguments);
}

/// <summary>docker login --username U --password-stdin SERVER, the password written to stdin (never an argument).</summary>
public static void DockerLogin(this ICakeContext context, DockerRegistryLoginSettings settings, string server)
{
    var arguments = new ProcessArgumentBuilder();
    arguments.Append("login")
        .AppendSwitchQuotedSecret("--username", " ", settings.Username) // from a secret store in CI: keep it out of logs too
        .Append("--password-stdin")
        .AppendQuoted(server);
    ContainerCli<DockerRegistryLoginSettings>(context).Run(settings, arguments, standardInput: settings.Password);
}

private static CliRunner<TSettings> ContainerCli<TSettings>(ICakeContext context) where TSettings : ContainerToolSettings
    => new CliRunner<TSettings>(context, "docker", settings => settings.Executable);
