using Orders.Pipeline.TestResults;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Cli.Tasks;

/// <summary>Cake runs dotnet test (--configuration and --test-filter are the script's own options), then this
/// verb sums the TRX files it wrote into the one line CI reads.</summary>
[TaskName("Test")]
[VerbName("test-summary")]
[TaskDescription("Run every test project; print 'N passed, N failed' from the TRX files; fail on any failed test, when none ran, or (CI=true) on a skip.")]
[IsDependentOn(typeof(BuildTask))]
public sealed class TestTask : PipelineTask
{
    public override IReadOnlyList<OptionDefinition> Options => [O.TestResults];

    public override Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var results = Path.GetFullPath(args.Required(O.TestResults, "TestResults"));
        args.ThrowOnUnknown();
        // CI=true is what GitHub Actions (and most CI services) set; .ci/run sets it too.
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        return Task.FromResult(TestSummaryVerb.Run(results, failOnSkipped: inCi, Console.Out, Console.Error));
    }
}
