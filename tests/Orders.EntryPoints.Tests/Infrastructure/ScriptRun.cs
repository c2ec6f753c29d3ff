namespace Orders.EntryPoints.Tests.Infrastructure;

/// <summary>What one run of an entry script did: its exit code and everything it printed (stdout and stderr).</summary>
public sealed record ScriptRun(int ExitCode, string Output)
{
    /// <summary>The lines starting with <paramref name="prefix"/>, in order (what a probe printed).</summary>
    public IReadOnlyList<string> LinesStartingWith(string prefix) =>
        Output.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    public override string ToString() => $"exit code {ExitCode}, output:\n{Output}";
}
