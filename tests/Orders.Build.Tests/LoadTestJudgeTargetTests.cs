using Orders.Build.Tests.Infrastructure;

namespace Orders.Build.Tests;

/// <summary>
/// ./build.sh --target=LoadTest --exclusive --judge=DIR judges a recorded run (TestData/recorded-run: a healthy
/// run generated from the model, docs/loadtest-verdict.md) with no cluster: no kubectl runs, and the verdict's
/// exit code is the run's.
/// </summary>
[Trait("Category", "Process")]
[Collection(PipelineCollection.Name)]
public sealed class LoadTestJudgeTargetTests(PipelineWorkspace workspace)
{
    [Fact]
    public async Task Judges_a_recorded_run_without_calling_kubectl()
    {
        var stubs = workspace.CreateStubs("judge-healthy", "kubectl");
        var recorded = Recorded("healthy");

        var run = await workspace.RunAsync(stubs.Directory + ":" + Environment.GetEnvironmentVariable("PATH"), [], "--target=LoadTest", "--exclusive", "--judge=" + recorded);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("PASS peak 5", run.Output, StringComparison.Ordinal);
        Assert.Contains("bounds: scale-up deadline", run.Output, StringComparison.Ordinal);
        Assert.Empty(stubs.Commands());
    }

    [Fact]
    public async Task A_recorded_crash_loop_fails_the_run()
    {
        var stubs = workspace.CreateStubs("judge-crash", "kubectl");
        var recorded = Recorded("crash");
        var pods = Path.Combine(workspace.Root, recorded, "pods.csv");
        File.AppendAllLines(pods, ["orders-crash,40,50,0,5"]);

        var run = await workspace.RunAsync(stubs.Directory + ":" + Environment.GetEnvironmentVariable("PATH"), [], "--target=LoadTest", "--exclusive", "--judge=" + recorded);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("container restarts during the run: orders-crash 5", run.Output, StringComparison.Ordinal);
        Assert.Empty(stubs.Commands());
    }

    [Fact]
    public async Task Judge_without_exclusive_is_refused_before_any_target_runs()
    {
        var stubs = workspace.CreateStubs("judge-not-exclusive", "kubectl");

        var run = await workspace.RunAsync(stubs.Directory + ":" + Environment.GetEnvironmentVariable("PATH"), [], "--target=LoadTest", "--judge=" + Recorded("not-exclusive"));

        Assert.True(run.ExitCode != 0, run.ToString());
        Assert.Contains("--judge re-judges a recorded run with no cluster: add --exclusive", run.Output, StringComparison.Ordinal);
        Assert.Empty(stubs.Commands());
    }

    /// <summary>A copy of the fixture under the workspace's root; the relative path --judge gets.</summary>
    private string Recorded(string name)
    {
        var relative = Path.Combine("artifacts", "recorded-" + name);
        var target = Path.Combine(workspace.Root, relative);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "recorded-run")))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }
        return relative;
    }
}
