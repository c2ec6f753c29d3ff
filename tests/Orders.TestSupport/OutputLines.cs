using System.Text.RegularExpressions;

namespace Orders.TestSupport;

/// <summary>
/// Every line a child process printed (stdout and stderr, in arrival order), safe to read while it still prints,
/// with a signal that fires on each new line so waiting for one needs no polling.
/// </summary>
public sealed class OutputLines
{
    private readonly List<string> _lines = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override string ToString()
    {
        lock (_lines)
        {
            return string.Join('\n', _lines);
        }
    }

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }
        TaskCompletionSource changed;
        lock (_lines)
        {
            _lines.Add(line);
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    /// <summary>The first line matching <paramref name="pattern"/>, or a task that completes when the next line arrives.</summary>
    public (Match? Match, Task Changed) Find(Regex pattern)
    {
        lock (_lines)
        {
            foreach (var line in _lines)
            {
                if (pattern.Match(line) is { Success: true } match)
                {
                    return (match, Task.CompletedTask);
                }
            }
            return (null, _changed.Task);
        }
    }
}
