namespace Orders.Pipeline.Cli.Tasks;

/// <summary>The Cake script's first call in a run: every argument checked against the options of the run's
/// tasks before any task (dotnet publish or a verb) starts, so a typo fails at once.</summary>
[VerbName("check-run")]
[TaskDescription("Check the arguments of a run (--run-target, --run-exclusive) against the options its targets accept.")]
public sealed class CheckRunTask : PipelineTask
{
    public override Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        if (args.Optional(PipelineOptions.RunTarget.Name) is null)
        {
            throw new ArgumentException($"check-run needs --{PipelineOptions.RunTarget.Name}=<target>: the run whose arguments to check.");
        }
        args.ThrowOnUnknown();
        // Re-judging a recorded run needs no cluster: without --exclusive, Deploy would run (and push) first.
        if (args.Optional(PipelineOptions.Judge.Name) is not null && !args.Flag(PipelineOptions.RunExclusive.Name))
        {
            throw new ArgumentException($"--{PipelineOptions.Judge.Name} re-judges a recorded run with no cluster: add --exclusive, or the targets before LoadTest (Deploy) run first.");
        }
        return Task.FromResult(0);
    }
}
