namespace Orders.EntryPoints.Tests.Infrastructure;

/// <summary>
/// PowerShell 7 as the repository's tool manifest pins it (`dotnet pwsh`). `dotnet pwsh` finds the manifest
/// from the current directory only, so the tests ask it once, in the repository, where its entry point is, and
/// then run that entry point with `dotnet` (what `dotnet pwsh` itself does) from any directory.
/// </summary>
public static class PowerShellTool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _entryPoint;

    /// <summary>The tool's entry dll (Microsoft.PowerShell.GlobalTool.Shim.dll, as its DotnetToolSettings.xml names it).</summary>
    public static async Task<string> EntryPointAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _entryPoint ??= await LocateAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string> LocateAsync()
    {
        await using (var restore = ChildProcess.Start("dotnet", ["tool", "restore"], RepositoryRoot.Path))
        {
            var restored = await restore.WaitForExitAsync(Timeout);
            Assert.True(restored == 0, $"`dotnet tool restore` failed ({restored}): the tests need the PowerShell tool of .config/dotnet-tools.json.\n{restore.Output}");
        }
        await using var pwsh = ChildProcess.Start("dotnet", ["pwsh", "-NoProfile", "-NonInteractive", "-Command", "Split-Path -Parent $PSHOME"], RepositoryRoot.Path);
        var exitCode = await pwsh.WaitForExitAsync(Timeout);
        var toolDirectory = pwsh.Output.Trim();
        var entryPoint = Path.Combine(toolDirectory, "Microsoft.PowerShell.GlobalTool.Shim.dll");
        Assert.True(exitCode == 0 && File.Exists(entryPoint), $"`dotnet pwsh` did not report its folder (exit code {exitCode}); it printed:\n{pwsh.Output}");
        return entryPoint;
    }
}
