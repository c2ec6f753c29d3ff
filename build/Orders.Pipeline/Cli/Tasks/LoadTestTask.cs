using Orders.Pipeline.Cluster;
using Orders.Pipeline.Infrastructure;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Cli.Tasks;

/// <summary>LoadTest measures a verified deployment; --exclusive runs it against an existing one, and
/// --judge=DIR re-judges a run it recorded there, with no cluster (docs/loadtest-verdict.md).</summary>
[TaskName("LoadTest")]
[VerbName("cluster")]
[TaskDescription("Load the deployed app, sample the replicas, pass when they follow the KEDA/HPA model; report in artifacts/cluster/.")]
[IsDependentOn(typeof(DeployTask))]
public sealed class LoadTestTask : PipelineTask
{
    public override IReadOnlyList<OptionDefinition> Options =>
        [.. O.Cluster, O.ClusterOutput, O.ClusterProfile, .. O.Load, O.ScaleUpBound, O.ScaleDownBound, O.Judge, .. O.Model];

    public override async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        if (args.Text(O.Judge) is { } judge)
        {
            var root = args.Root();
            args.ThrowOnUnknown();
            var verdict = LoadTestJudge.Judge(RecordedRunFiles.Read(Path.GetFullPath(Path.Combine(root, judge))));
            Console.Out.WriteLine(verdict.Message);
            return verdict.Passed ? 0 : 1;
        }
        var options = ClusterOptions.From(args);
        args.ThrowOnUnknown();
        using var bound = Bound(options.RunBound, cancellationToken);
        return await new ClusterVerb(options, new ProcessRunner(Console.Out), Console.Out).RunAsync(bound.Token);
    }
}
