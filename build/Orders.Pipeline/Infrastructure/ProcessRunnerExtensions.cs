namespace Orders.Pipeline.Infrastructure;

public static class ProcessRunnerExtensions
{
    /// <summary>Runs and fails on a non-zero exit, naming the command and quoting the end of its stderr.</summary>
    public static async Task<ToolResult> RunCheckedAsync(this IProcessRunner runner, ToolCall call, CancellationToken cancellationToken, string? nextStep = null)
    {
        var result = await runner.RunAsync(call, cancellationToken);
        if (!result.Succeeded)
        {
            var error = call.Redact(result.StandardError).Trim(); // a tool may echo what it was given, a token included
            throw new ToolFailedException($"{call.Display[2..]} failed (exit code {result.ExitCode})"
                + (error.Length > 0 ? $": {error[Math.Max(0, error.Length - 600)..]}" : "; its output above says why")
                + (nextStep is null ? "." : $". {nextStep}"));
        }
        return result;
    }
}
