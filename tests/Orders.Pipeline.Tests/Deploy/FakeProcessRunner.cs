using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Tests.Deploy;

/// <summary>A process runner that starts nothing: it records each call (argv, stdin, timeout) and answers
/// with what the test set for the first matching command prefix (exit 0 and no output otherwise).</summary>
internal sealed class FakeProcessRunner : IProcessRunner
{
    private readonly List<(string Prefix, ToolResult Result, string[] Lines, bool Exits)> _answers = [];

    public List<ToolCall> Calls { get; } = [];

    /// <summary>Each call as "tool arg arg", the way a reader compares it with a command line.</summary>
    public IReadOnlyList<string> CommandLines => [.. Calls.Select(c => string.Join(' ', [c.Tool, .. c.Arguments]))];

    public int StoppedTools { get; private set; }

    public FakeProcessRunner Answer(string prefix, string stdout, int exitCode = 0, string stderr = "")
    {
        _answers.Add((prefix, new ToolResult(exitCode, stdout, stderr), [], true));
        return this;
    }

    /// <summary>What a started tool (a port-forward) prints, line by line, as soon as it starts; it then keeps
    /// running until stopped, or exits at once with <paramref name="exitCode"/> when that is given.</summary>
    public FakeProcessRunner Prints(string prefix, params string[] lines)
    {
        _answers.Add((prefix, new ToolResult(0, "", ""), lines, false));
        return this;
    }

    /// <summary>A started tool that prints <paramref name="lines"/> and exits at once (kubectl finding no Service).</summary>
    public FakeProcessRunner PrintsAndExits(string prefix, params string[] lines)
    {
        _answers.Add((prefix, new ToolResult(1, "", ""), lines, true));
        return this;
    }

    public Task<ToolResult> RunAsync(ToolCall call, CancellationToken cancellationToken)
    {
        Calls.Add(call);
        return Task.FromResult(Find(call).Result);
    }

    public IRunningTool Start(ToolCall call, Action<string> onLine)
    {
        Calls.Add(call);
        var answer = Find(call);
        foreach (var line in answer.Lines)
        {
            onLine(line);
        }
        return new Running(this, exitedAtOnce: answer.Exits && answer.Prefix.Length > 0);
    }

    private (string Prefix, ToolResult Result, string[] Lines, bool Exits) Find(ToolCall call)
    {
        var line = string.Join(' ', [call.Tool, .. call.Arguments]);
        return _answers.FirstOrDefault(a => line.StartsWith(a.Prefix, StringComparison.Ordinal)) is { Prefix: not null } found
            ? found
            : ("", new ToolResult(0, "", ""), [], false);
    }

    private sealed class Running(FakeProcessRunner owner, bool exitedAtOnce) : IRunningTool
    {
        private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool HasExited => Exited.IsCompleted;

        public Task Exited => exitedAtOnce ? Task.CompletedTask : _exited.Task;

        public ValueTask DisposeAsync()
        {
            _exited.TrySetResult();
            owner.StoppedTools++;
            return ValueTask.CompletedTask;
        }
    }
}
