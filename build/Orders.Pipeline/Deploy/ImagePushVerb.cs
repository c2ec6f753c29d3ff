using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Deploy;

/// <summary>DockerPush: pushes both images, logging in first only when REGISTRY_USERNAME and REGISTRY_PASSWORD
/// are set (a local registry needs none). The password goes on stdin, never in an argument, so it is in no
/// output; the username is shown as [REDACTED] too.</summary>
public sealed class ImagePushVerb(ClusterSettings settings, IProcessRunner runner, TextWriter output, TimeProvider time)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var registry = ImageBuildVerb.RequireRegistry(settings);
        var tag = await ImageTag.ResolveAsync(settings, runner, startNew: false, time, cancellationToken);
        var tool = settings.ContainerTool;
        if (settings.Credentials is { } credentials)
        {
            await runner.RunCheckedAsync(new ToolCall(tool.Executable(), ["login", "--username", credentials.Username, "--password-stdin", registry.Split('/')[0]], TimeSpan.FromMinutes(2))
            {
                Secrets = [credentials.Username, credentials.Password],
                StandardInput = credentials.Password,
            }, cancellationToken);
        }
        else
        {
            output.WriteLine($"No {RegistryCredentials.UsernameVariable}/{RegistryCredentials.PasswordVariable}: pushing without logging in.");
        }
        foreach (var image in ImageDefinition.All.Select(i => i.Reference(registry, tag)))
        {
            IReadOnlyList<string> args = tool == ContainerTool.Buildah ? ["push", image, "docker://" + image] : ["push", image];
            await runner.RunCheckedAsync(new ToolCall(tool.Executable(), args, settings.CommandTimeout + TimeSpan.FromMinutes(10)), cancellationToken);
        }
    }
}
