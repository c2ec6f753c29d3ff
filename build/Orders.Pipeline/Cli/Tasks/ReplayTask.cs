using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Replay;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Cli.Tasks;

[TaskName("Replay")]
[VerbName("replay")]
[TaskDescription("Replay ScaledObjects on a Prometheus's recorded data over every HPA timing (docs/replay.md); report in artifacts/replay/.")]
public sealed class ReplayTask : PipelineTask
{
    public override IReadOnlyList<OptionDefinition> Options =>
        [O.ReplayOutput, O.PrometheusUrl, O.ScaledObjects, O.Namespace, .. O.ReplayShared];

    public override async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var replay = ReplayOptions.From(args, DateTimeOffset.UtcNow);
        args.ThrowOnUnknown();
        // stdout carries the report itself with --format json|markdown: commands and progress go to stderr then.
        var progress = replay.Format == ReplayFormat.Text ? Console.Out : Console.Error;
        return await new ReplayVerb(replay, new ProcessRunner(progress), Console.Out, Console.Error, Console.In).RunAsync(cancellationToken);
    }
}
