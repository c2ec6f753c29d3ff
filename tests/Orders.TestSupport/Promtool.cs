namespace Orders.TestSupport;

/// <summary>promtool (Debian's prometheus package ships it beside prometheus), run to its end with a timeout.</summary>
public static class Promtool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Runs <c>promtool arguments</c>. <paramref name="executable"/> is a path (the promtool beside a prometheus
    /// installed for this run) or the name looked up on PATH. Missing: a failure that says how to install it.
    /// </summary>
    public static async Task<ExitedProcess> RunAsync(IEnumerable<string> arguments, string? workingDirectory = null, string executable = "promtool")
    {
        try
        {
            return await ChildProcess.RunAsync(executable, arguments, Timeout, workingDirectory);
        }
        catch (InvalidOperationException e) when (e.InnerException is System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{executable} could not be started: install it with {PrometheusServer.InstallHint}.", e);
        }
    }

    /// <summary>The promtool beside <paramref name="prometheusBinary"/> when there is one, else the one on PATH.</summary>
    public static string Beside(string prometheusBinary)
    {
        var beside = Path.Combine(Path.GetDirectoryName(prometheusBinary) ?? string.Empty, "promtool");
        return Path.IsPathRooted(prometheusBinary) && File.Exists(beside) ? beside : "promtool";
    }
}
