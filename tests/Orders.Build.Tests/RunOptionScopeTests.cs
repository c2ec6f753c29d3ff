using Orders.Build.Tests.Infrastructure;

namespace Orders.Build.Tests;

/// <summary>
/// Issue 20: a run's arguments are checked against the options of its targets before anything runs. An
/// option none of them takes is an error naming it (a typo or another target's option must not silently run
/// with defaults); an option of a later target of the chain is accepted and its value checked up front.
/// </summary>
[Trait("Category", "Process")]
[Collection(PipelineCollection.Name)]
public sealed class RunOptionScopeTests(PipelineWorkspace workspace)
{
    [Fact]
    public async Task An_option_no_target_of_the_run_takes_fails_before_any_tool_runs_and_is_named()
    {
        var run = await workspace.RunAsync("--target=Replay", "--pod-orders=5");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("error: --pod-orders is not an option of --target=Replay", run.Output);
        Assert.Contains("taken by Images", run.Output);
        Assert.DoesNotContain("Orders.Pipeline.dll replay", run.Output);
        Assert.Empty(workspace.Stubs.Commands());
    }

    [Fact]
    public async Task Cakes_own_options_and_the_scripts_never_reach_the_tool()
    {
        var run = await workspace.RunAsync("--target=Preflight", "--registry=localhost:5001", "--image-tag=t1",
            "--configuration=Debug", "--test-filter=Category=Fast", "--verbosity=normal", "--exclusive");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("is not an option", run.Output);
    }

    [Fact]
    public async Task Deploy_accepts_an_option_of_its_last_target_and_checks_its_value_before_the_first_runs()
    {
        var run = await workspace.RunAsync("--target=Deploy", "--registry=localhost:5001", "--image-tag=t1", "--prometheus-timeout=soon");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("error: --prometheus-timeout 'soon' is not a duration", run.Output);
        Assert.DoesNotContain("is not an option", run.Output);
        Assert.Empty(workspace.Stubs.Commands());
    }
}
