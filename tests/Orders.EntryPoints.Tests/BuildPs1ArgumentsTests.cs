using Orders.EntryPoints.Tests.Infrastructure;

namespace Orders.EntryPoints.Tests;

/// <summary>
/// build.ps1 under PowerShell 7 hands Cake exactly what build.sh hands it: every argument verbatim (one with a
/// space, one with `=` in its value, URLs and profiles with colons and commas), the same current directory and
/// DOTNET_* variables, and the same exit code back to the caller. A probe stands in for build.cake and prints
/// what it received, so any difference shows as a line.
/// </summary>
[Trait("Category", "Process")]
[Collection(ProbeCollection.Name)]
public sealed class BuildPs1ArgumentsTests(ProbeWorkspace probe)
{
    private readonly EntryScriptWorkspace _workspace = probe.Workspace;

    [Fact]
    public async Task Hands_Cake_the_same_arguments_directory_environment_and_exit_code_as_build_sh()
    {
        // Given arguments a shell passes through untouched, and a non-zero exit code for the probe
        string[] arguments =
        [
            "--target=Probe",
            "--label=has a space",
            "--selector=app=orders",
            "--app-url=http://127.0.0.1:8181/",
            "--profile=10s:0->50, 50s:50, 10s:0",
            "--quote=it's \"quoted\"",
            "--exit-code=3",
        ];

        // When both entry scripts run from another directory
        var sh = await _workspace.RunBuildShAsync(arguments);
        var ps1 = await _workspace.RunBuildPs1Async(arguments);

        // Then Cake saw the same thing, and the exit code reached the caller both times
        Assert.Equal(["argv: build/build.cake", .. arguments.Select(argument => "argv: " + argument)], sh.LinesStartingWith("argv: "));
        Assert.Equal(sh.LinesStartingWith("argv: "), ps1.LinesStartingWith("argv: "));
        Assert.Equal([$"cwd: {_workspace.Combine("build")}"], sh.LinesStartingWith("cwd: "));
        Assert.Equal(sh.LinesStartingWith("cwd: "), ps1.LinesStartingWith("cwd: "));
        Assert.Contains("env: DOTNET_NOLOGO=1", sh.LinesStartingWith("env: "));
        Assert.Equal(sh.LinesStartingWith("env: "), ps1.LinesStartingWith("env: "));
        Assert.True(sh.ExitCode == 3, sh.ToString());
        Assert.True(ps1.ExitCode == 3, ps1.ToString());
    }

    [Fact]
    public async Task Exits_0_when_Cake_does_and_passes_no_argument_when_given_none()
    {
        var sh = await _workspace.RunBuildShAsync();
        var ps1 = await _workspace.RunBuildPs1Async();

        Assert.Equal(["argv: build/build.cake"], sh.LinesStartingWith("argv: "));
        Assert.Equal(sh.LinesStartingWith("argv: "), ps1.LinesStartingWith("argv: "));
        Assert.True(sh.ExitCode == 0, sh.ToString());
        Assert.True(ps1.ExitCode == 0, ps1.ToString());
    }
}
