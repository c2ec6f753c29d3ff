namespace Orders.TestSupport;

/// <summary>How a command run to its end (<see cref="ChildProcess.RunAsync"/>) ended: its exit code and what it
/// printed, stdout and stderr apart (a rendered document must not be mixed with warnings).</summary>
public sealed record ExitedProcess(int ExitCode, string StandardOutput, string StandardError)
{
    public string Output => string.Join('\n', new[] { StandardOutput, StandardError }.Where(text => text.Length > 0));

    /// <summary>Itself when it exited with 0; otherwise an exception naming the command and quoting what it printed.</summary>
    public ExitedProcess EnsureSuccess(string what)
    {
        return ExitCode == 0
            ? this
            : throw new InvalidOperationException($"{what} failed with exit code {ExitCode}:\n{Output}");
    }
}
