using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Deploy;

/// <summary>DockerBuild: both images from the repository root (the Dockerfiles COPY the projects they
/// publish), tagged with the one tag every later target uses, with the OCI labels' build arguments
/// (<see cref="ImageLabelArguments"/>).</summary>
public sealed class ImageBuildVerb(ClusterSettings settings, IProcessRunner runner, TimeProvider time)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var registry = RequireRegistry(settings);
        var tag = await ImageTag.ResolveAsync(settings, runner, startNew: false, time, cancellationToken);
        var labels = await ImageLabelArguments.ResolveAsync(settings, runner, tag, cancellationToken);
        foreach (var image in ImageDefinition.All)
        {
            var dockerfile = settings.UnderRoot(image.Dockerfile);
            if (!File.Exists(dockerfile))
            {
                throw new InvalidOperationException($"{dockerfile} does not exist: the image {image.Name} cannot be built. Restore it from git (git checkout -- {image.Dockerfile}).");
            }
            var tool = settings.ContainerTool;
            // An image build is no cluster wait: it gets ten minutes more than one.
            await runner.RunCheckedAsync(new ToolCall(tool.Executable(),
                [tool == ContainerTool.Buildah ? "bud" : "build", "--file", dockerfile, "--tag", image.Reference(registry, tag), .. labels, settings.Root],
                settings.CommandTimeout + TimeSpan.FromMinutes(10)) { WorkingDirectory = settings.Root }, cancellationToken);
        }
    }

    public static string RequireRegistry(ClusterSettings settings) => settings.Registry
        ?? throw new InvalidOperationException($"No registry: pass --{Cli.PipelineOptions.Registry.Name}=<host[:port][/path]> (or set {Cli.PipelineOptions.Registry.EnvironmentVariable}), e.g. localhost:5001.");
}
