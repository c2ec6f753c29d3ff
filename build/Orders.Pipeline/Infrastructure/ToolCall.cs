namespace Orders.Pipeline.Infrastructure;

/// <summary>
/// One run of an external tool (helm, kubectl, the container tool, git): each argument one argv element,
/// never a command line to split, so no value can turn into extra arguments. <see cref="Secrets"/> are shown
/// as [REDACTED] wherever they appear in the printed command; <see cref="StandardInput"/> (a password) is
/// never printed.
/// </summary>
public sealed record ToolCall(string Tool, IReadOnlyList<string> Arguments, TimeSpan Timeout)
{
    public IReadOnlyList<string> Secrets { get; init; } = [];

    public string? StandardInput { get; init; }

    /// <summary>Capture stdout and stderr instead of passing them through (a query whose answer is parsed).</summary>
    public bool CaptureOutput { get; init; }

    public string? WorkingDirectory { get; init; }

    /// <summary>Variables set for the tool only (e.g. DEBIAN_FRONTEND for apt-get).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>A poll repeated every few seconds (LoadTest's sampling), whose caller prints the command once
    /// instead of once per poll.</summary>
    public bool Quiet { get; init; }

    /// <summary>The command as printed before it runs: <c>$ tool arg arg</c>, secrets redacted, an argument with
    /// spaces or quotes shown in single quotes so the line reads as what ran.</summary>
    public string Display => "$ " + string.Join(' ', new[] { Tool }.Concat(Arguments).Select(Show));

    /// <summary><paramref name="text"/> with every secret shown as [REDACTED].</summary>
    public string Redact(string text)
    {
        foreach (var secret in Secrets.Where(s => s.Length > 0))
        {
            text = text.Replace(secret, "[REDACTED]", StringComparison.Ordinal);
        }
        return text;
    }

    private string Show(string argument)
    {
        argument = Redact(argument);
        return argument.Length > 0 && !argument.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '\\' or '$' or '`')
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }
}
