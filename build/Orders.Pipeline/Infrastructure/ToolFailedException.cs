namespace Orders.Pipeline.Infrastructure;

/// <summary>A tool could not start, did not finish in time, or exited non-zero; the message names the command
/// (redacted) and says what to do next.</summary>
public sealed class ToolFailedException(string message, Exception? inner = null) : Exception(message, inner);
