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
        [O.ReplayOutput, O.PrometheusUrl, O.ReplayStart, O.ReplayEnd, O.ReplayStep, O.ScaledObjects, O.Namespace, O.LoadStart, O.LoadEnd, O.ScaleLoad, O.KubeContext, .. O.Model];

    public override async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var replay = ReplayOptions.From(args, DateTimeOffset.UtcNow);
        args.ThrowOnUnknown();
        return await new ReplayVerb(replay, new ProcessRunner(Console.Out), Console.Out).RunAsync(cancellationToken);
    }
}
