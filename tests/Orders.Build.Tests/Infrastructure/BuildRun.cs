namespace Orders.Build.Tests.Infrastructure;

/// <summary>What one ./build.sh run did: its exit code and everything it printed (stdout and stderr).</summary>
public sealed record BuildRun(int ExitCode, string Output)
{
    public override string ToString() => $"exit code {ExitCode}, output:\n{Output}";
}
