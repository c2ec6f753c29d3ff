using System.Diagnostics;
using Orders.Pipeline.Local;

namespace Orders.Monitoring.Tests.Infrastructure;

/// <summary>Runs promtool (Debian's prometheus package ships it; CI installs it in .ci/run) with a timeout and
/// returns its exit code and output. Missing: a failure that says how to install it, never a skip.</summary>
internal static class Promtool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static string Path => CommandRunner.FindOnPath("promtool")
        ?? throw new InvalidOperationException("promtool is not on PATH; these tests need it: " + PrometheusInstaller.InstallHint() + " (promtool comes with Prometheus).");

    public static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("promtool did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"promtool {string.Join(' ', arguments)} did not finish within {Timeout.TotalSeconds:0} s.");
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}
