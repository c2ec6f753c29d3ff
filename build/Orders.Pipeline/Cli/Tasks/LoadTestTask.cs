using Orders.Pipeline.Cluster;
using Orders.Pipeline.Infrastructure;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Cli.Tasks;

/// <summary>LoadTest measures a verified deployment; --exclusive runs it against an existing one.</summary>
[TaskName("LoadTest")]
[VerbName("cluster")]
[TaskDescription("Load the deployed app, sample the replicas, pass when they follow the KEDA/HPA model; report in artifacts/cluster/.")]
[IsDependentOn(typeof(DeployTask))]
public sealed class LoadTestTask : PipelineTask
{
    public override IReadOnlyList<OptionDefinition> Options =>
        [.. O.Cluster, O.ClusterOutput, O.ClusterProfile, .. O.Load, O.ScaleUpBound, O.ScaleDownBound, O.PodStart, .. O.Model];

    public override async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var options = ClusterOptions.From(args);
        args.ThrowOnUnknown();
        using var bound = Bound(options.RunBound, cancellationToken);
        return await new ClusterVerb(options, new ProcessRunner(Console.Out), Console.Out).RunAsync(bound.Token);
    }
}
