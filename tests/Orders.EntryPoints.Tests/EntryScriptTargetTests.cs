using Orders.EntryPoints.Tests.Infrastructure;

namespace Orders.EntryPoints.Tests;

/// <summary>
/// The real Cake script through both entry scripts, from another directory, in a copy of the repository's
/// build/ (so nothing touches the repository's own artifacts/). Clean stands in for Build: it takes the same
/// path (tool restore, Cake compiling every file build.cake loads, the BuildContext set-up, one task, exit 0)
/// without rebuilding the binaries the running test suite executes. An unknown target is the failure.
/// </summary>
[Trait("Category", "Process")]
public sealed class EntryScriptTargetTests : IDisposable
{
    private readonly EntryScriptWorkspace _workspace = EntryScriptWorkspace.WithRealScript();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Clean_succeeds_and_an_unknown_target_fails_alike_through_build_sh_and_build_ps1()
    {
        // Given something Clean must delete
        var leftover = _workspace.Combine("artifacts", "leftover.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(leftover)!);

        // When
        await File.WriteAllTextAsync(leftover, "from an earlier run");
        var shClean = await _workspace.RunBuildShAsync("--target=Clean");
        var shCleaned = !File.Exists(leftover);
        await File.WriteAllTextAsync(leftover, "from an earlier run");
        var ps1Clean = await _workspace.RunBuildPs1Async("--target=Clean");
        var ps1Cleaned = !File.Exists(leftover);
        var shUnknown = await _workspace.RunBuildShAsync("--target=NoSuchTarget");
        var ps1Unknown = await _workspace.RunBuildPs1Async("--target=NoSuchTarget");

        // Then
        Assert.True(shClean.ExitCode == 0 && shCleaned, shClean.ToString());
        Assert.True(ps1Clean.ExitCode == 0 && ps1Cleaned, ps1Clean.ToString());
        Assert.True(shUnknown.ExitCode != 0, shUnknown.ToString());
        Assert.Contains("NoSuchTarget", shUnknown.Output, StringComparison.Ordinal);
        Assert.True(ps1Unknown.ExitCode == shUnknown.ExitCode, $"build.sh exited {shUnknown.ExitCode}, build.ps1 {ps1Unknown}");
    }

    [Fact]
    public async Task A_relative_pipeline_dll_is_read_from_the_directory_the_script_was_run_in()
    {
        // When: both scripts run from Elsewhere with a relative --pipeline-dll that does not exist there
        var sh = await _workspace.RunBuildShAsync("--target=Replay", "--pipeline-dll=tool/Orders.Pipeline.dll");
        var ps1 = await _workspace.RunBuildPs1Async("--target=Replay", "--pipeline-dll=tool/Orders.Pipeline.dll");

        // Then: each fails before running anything, naming the path resolved against Elsewhere, not build/
        var expected = Path.Combine(_workspace.Elsewhere, "tool", "Orders.Pipeline.dll");
        Assert.True(sh.ExitCode != 0 && sh.Output.Contains(expected, StringComparison.Ordinal), sh.ToString());
        Assert.True(ps1.ExitCode != 0 && ps1.Output.Contains(expected, StringComparison.Ordinal), ps1.ToString());
        Assert.DoesNotContain("Orders.Pipeline.dll replay", sh.Output, StringComparison.Ordinal);
    }
}
