using Orders.EntryPoints.Tests.Infrastructure;

namespace Orders.EntryPoints.Tests;

/// <summary>
/// At a PowerShell prompt a script runs inside the user's session, where build.sh runs in a process of its own:
/// build.ps1 must leave the session's location and environment as it found them, pass arguments typed there
/// unchanged, and report Cake's exit code in $LASTEXITCODE.
/// </summary>
[Trait("Category", "Process")]
[Collection(ProbeCollection.Name)]
public sealed class BuildPs1SessionTests(ProbeWorkspace probe)
{
    private readonly EntryScriptWorkspace _workspace = probe.Workspace;

    [Fact]
    public async Task Leaves_the_callers_location_and_environment_as_they_were_and_sets_LASTEXITCODE()
    {
        // Given a session in another folder, without the variables the script sets
        var script = _workspace.Combine("build.ps1").Replace("'", "''", StringComparison.Ordinal);
        var command = $"""
            & '{script}' '--label=has a space' --app-url=http://127.0.0.1:8181/ --exit-code=5
            $code = $LASTEXITCODE
            "after-location: $((Get-Location).Path)"
            "after-nologo: [$env:DOTNET_NOLOGO]"
            "after-exit-code: $code"
            """;

        // When the user runs build.ps1 in it
        var run = await _workspace.RunPowerShellCommandAsync(command);

        // Then Cake got the arguments, and the session is as it was, with Cake's exit code in $LASTEXITCODE
        Assert.Equal(["argv: build/build.cake", "argv: --label=has a space", "argv: --app-url=http://127.0.0.1:8181/", "argv: --exit-code=5"], run.LinesStartingWith("argv: "));
        Assert.Equal([$"after-location: {_workspace.Elsewhere}"], run.LinesStartingWith("after-location: "));
        Assert.Equal(["after-nologo: []"], run.LinesStartingWith("after-nologo: "));
        Assert.Equal(["after-exit-code: 5"], run.LinesStartingWith("after-exit-code: "));
    }
}
