namespace Orders.Pipeline.Infrastructure;

/// <summary>
/// A tool or server answered, but not with what the pipeline reads: nothing, output cut short, text that is
/// not JSON, or JSON of another shape. The message names the command and quotes the start of what it printed
/// (bounded, secrets redacted). A <see cref="FormatException"/> (the answer is not in the expected format), so the entry point shows it as one line.
/// </summary>
public sealed class ToolOutputException(string message, Exception? inner = null) : FormatException(message, inner);
