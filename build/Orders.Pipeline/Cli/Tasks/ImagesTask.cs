using Orders.Pipeline.Deploy;
using Orders.Pipeline.Infrastructure;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Cli.Tasks;

/// <summary>Images builds where no Docker engine runs: its --container-tool is its own, buildah by default.</summary>
[TaskName("Images")]
[VerbName("images")]
[TaskDescription("Build both images from the Dockerfiles on base-image stand-ins (chiseled for the shipped stages), check they hold no shell or package manager and carry their OCI labels, push and pull them through a registry on 127.0.0.1, run the pod with podman and count N of N orders; report in artifacts/images/.")]
public sealed class ImagesTask : PipelineTask
{
    public override IReadOnlyList<OptionDefinition> Options =>
        [.. O.Cluster.Select(o => o == O.ContainerTool ? O.ImagesContainerTool : o), O.PodOrders];

    public override async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var settings = ClusterSettings.From(args, O.ImagesContainerTool);
        if (settings.ContainerTool == ContainerTool.Docker)
        {
            throw new ArgumentException("--container-tool docker is refused by Images: it builds without a Docker engine, with buildah (the default here) or podman.");
        }
        var orders = args.Int(O.PodOrders);
        args.ThrowOnUnknown();
        return await new Images.ImagesVerb(settings, new ProcessRunner(Console.Out), Console.Out, orders).RunAsync(cancellationToken);
    }
}
