using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Replay;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Cli.Tasks;

/// <summary>
/// The verb of the installable tool (build/ScaledObject.Replay, command <c>scaledobject-replay</c>): the Replay
/// target's code and option names, without a repository around it (paths from the current directory,
/// --prometheus-url and a ScaledObject required). Not a Cake target: the tool runs it, and so can
/// <c>Orders.Pipeline scaledobject-replay</c>.
/// </summary>
[VerbName(ReplayToolHelp.Command)]
[TaskDescription("The installable tool's verb: replay any ScaledObject on any Prometheus from any directory, with --expect gates for CI (docs/replay.md).")]
public sealed class ReplayToolTask : PipelineTask
{
    public override IReadOnlyList<OptionDefinition> Options => [O.ToolPrometheusUrl, O.ToolScaledObjects, O.ToolOutput, .. O.ReplayShared];

    public override string Help(RegisteredTask task) => ReplayToolHelp.Text(task);

    public override async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var replay = ReplayOptions.ForTool(args, DateTimeOffset.UtcNow, Environment.CurrentDirectory);
        args.ThrowOnUnknown();
        var progress = replay.Format == ReplayFormat.Text ? Console.Out : Console.Error;
        using var bound = Bound(TimeSpan.FromMinutes(30), cancellationToken);
        return await new ReplayVerb(replay, new ProcessRunner(progress), Console.Out, Console.Error, Console.In).RunAsync(bound.Token);
    }
}
