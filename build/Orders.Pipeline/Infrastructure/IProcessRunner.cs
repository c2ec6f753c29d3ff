namespace Orders.Pipeline.Infrastructure;

/// <summary>
/// The one way the pipeline runs helm, kubectl, the container tool and git: every call printed first, bounded
/// by its timeout (the whole tree killed when it fires), values as argv elements, secrets redacted. Tests
/// substitute a runner that records the argv and answers, so each verb is tested without real processes.
/// </summary>
public interface IProcessRunner
{
    /// <summary>Runs to the end; throws <see cref="ToolFailedException"/> when the tool is missing or times out.</summary>
    Task<ToolResult> RunAsync(ToolCall call, CancellationToken cancellationToken);

    /// <summary>Starts a tool that keeps running; each stdout line goes to <paramref name="onLine"/>.</summary>
    IRunningTool Start(ToolCall call, Action<string> onLine);
}
