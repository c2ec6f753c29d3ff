using Orders.Pipeline.Processes;

namespace Orders.Pipeline.Tests.Deploy;

/// <summary>A process runner that starts nothing: it records each call (argv, stdin, timeout) and answers
/// with what the test set for the first matching command prefix (exit 0 and no output otherwise).</summary>
internal sealed class FakeProcessRunner : IProcessRunner
{
    private readonly List<(string Prefix, ToolResult Result, string[] Lines)> _answers = [];

    public List<ToolCall> Calls { get; } = [];

    /// <summary>Each call as "tool arg arg", the way a reader compares it with a command line.</summary>
    public IReadOnlyList<string> CommandLines => [.. Calls.Select(c => string.Join(' ', [c.Tool, .. c.Arguments]))];

    public int StoppedTools { get; private set; }

    public FakeProcessRunner Answer(string prefix, string stdout, int exitCode = 0, string stderr = "")
    {
        _answers.Add((prefix, new ToolResult(exitCode, stdout, stderr), []));
        return this;
    }

    /// <summary>What a started tool (a port-forward) prints, line by line, as soon as it starts.</summary>
    public FakeProcessRunner Prints(string prefix, params string[] lines)
    {
        _answers.Add((prefix, new ToolResult(0, "", ""), lines));
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
        foreach (var line in Find(call).Lines)
        {
            onLine(line);
        }
        return new Running(this);
    }

    private (string Prefix, ToolResult Result, string[] Lines) Find(ToolCall call)
    {
        var line = string.Join(' ', [call.Tool, .. call.Arguments]);
        return _answers.FirstOrDefault(a => line.StartsWith(a.Prefix, StringComparison.Ordinal)) is { Prefix: not null } found
            ? found
            : ("", new ToolResult(0, "", ""), []);
    }

    private sealed class Running(FakeProcessRunner owner) : IRunningTool
    {
        public bool HasExited { get; private set; }

        public ValueTask DisposeAsync()
        {
            HasExited = true;
            owner.StoppedTools++;
            return ValueTask.CompletedTask;
        }
    }
}
