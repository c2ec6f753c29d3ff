using Orders.Pipeline.Deploy;
using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Cli.Tasks;

/// <summary>A deploy step: reads the cluster options (<see cref="PipelineOptions.Cluster"/>), checks the run's
/// arguments, then runs its verb with the real process runner.</summary>
public abstract class ClusterVerbTask : PipelineTask
{
    public override IReadOnlyList<OptionDefinition> Options => PipelineOptions.Cluster;

    public sealed override async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var settings = ClusterSettings.From(args);
        args.ThrowOnUnknown();
        await RunAsync(settings, new ProcessRunner(Console.Out), cancellationToken);
        return 0;
    }

    protected abstract Task RunAsync(ClusterSettings settings, IProcessRunner runner, CancellationToken cancellationToken);
}
