namespace Orders.Pipeline.Infrastructure;

/// <summary>How a tool ended; the output is empty unless the call captured it.</summary>
public sealed record ToolResult(int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;
}
