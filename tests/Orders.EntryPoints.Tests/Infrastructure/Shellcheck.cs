namespace Orders.EntryPoints.Tests.Infrastructure;

/// <summary>Debian's `shellcheck` (installed by .ci/run), run on files with gcc-style output: one finding per line.</summary>
public static class Shellcheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The exit code (0: nothing found) and the findings, `file:line:column: severity: message [SCxxxx]`.</summary>
    public static async Task<ScriptRun> CheckAsync(IEnumerable<string> files, string? shell = null, string? workingDirectory = null)
    {
        string[] options = shell is null ? ["--format=gcc", "--external-sources"] : ["--format=gcc", "--external-sources", "--shell=" + shell];
        await using var process = ChildProcess.Start("shellcheck", [.. options, .. files], workingDirectory ?? RepositoryRoot.Path);
        var exitCode = await process.WaitForExitAsync(Timeout);
        return new ScriptRun(exitCode, process.Output);
    }
}
