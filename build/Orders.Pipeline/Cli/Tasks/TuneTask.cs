using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Tuning;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Cli.Tasks;

[TaskName("Tune")]
[VerbName("tune")]
[TaskDescription("Choose the orders job's scrape interval and the query's window with Poisson loads replayed on a real Prometheus (docs/scaling-window.md); table in artifacts/tune/.")]
public sealed class TuneTask : PipelineTask
{
    public override IReadOnlyList<OptionDefinition> Options => [O.TuneOutput, O.TuneScrapes, O.TuneWindows, O.TuneSeeds, O.TuneRates, O.PrometheusBinary];

    public override async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var options = TuningOptions.From(args);
        args.ThrowOnUnknown();
        using var bound = Bound(TimeSpan.FromMinutes(60), cancellationToken);
        return await new TuneVerb(options, new ProcessRunner(Console.Out), Console.Out).RunAsync(bound.Token);
    }
}
