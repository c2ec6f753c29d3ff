namespace Orders.Build.Tests;

/// <summary>
/// build.sh supervises Cake in a process group of its own, which it finds as its background job's pid. Under job
/// control (bash -m on a terminal) that job used to lead a group of its own, setsid forked and exited 0 at once,
/// and build.sh reported success while Cake ran on, detached (issue 23 item 12, review finding 3). Run here on a
/// pseudo-terminal (util-linux's script) with a stub dotnet whose "Cake" fails after a moment.
/// </summary>
[Trait("Category", "Process")]
public sealed class BuildScriptJobControlTests : IDisposable
{
    private readonly TempDirectory _directory = new("orders-jobcontrol");

    [ToolFact("script")]
    public async Task Under_job_control_build_sh_waits_for_cake_and_returns_its_exit_code()
    {
        // Given build.sh beside a stub dotnet: `tool restore` succeeds, `cake` runs 2 s and fails with 7
        var repo = Directory.CreateDirectory(_directory.Combine("repo")).FullName;
        File.Copy(Path.Combine(RepositoryRoot.Path, "build.sh"), Path.Combine(repo, "build.sh"));
        var bin = Directory.CreateDirectory(_directory.Combine("bin")).FullName;
        var marker = _directory.Combine("cake-ended");
        File.WriteAllText(Path.Combine(bin, "dotnet"), $"#!/usr/bin/env bash\n[ \"$1\" = tool ] && exit 0\nsleep 2\ntouch '{marker}'\nexit 7\n");
        File.SetUnixFileMode(Path.Combine(bin, "dotnet"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        // When it runs under bash -m on a terminal (script -e returns the command's exit code)
        var run = await ChildProcess.RunAsync("script", ["-qec", "bash -m ./build.sh", "/dev/null"], TimeSpan.FromSeconds(60), repo,
            new Dictionary<string, string?> { ["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH") });

        // Then it returned Cake's failure, after Cake had ended
        Assert.True(run.ExitCode == 7, $"expected Cake's exit code 7, got {run.ExitCode}:\n{run.Output}");
        Assert.True(File.Exists(marker), "build.sh returned before the stub Cake had ended");
    }

    public void Dispose() => _directory.Dispose();
}
