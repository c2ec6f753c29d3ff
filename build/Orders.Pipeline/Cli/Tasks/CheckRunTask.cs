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
        return Task.FromResult(0);
    }
}
