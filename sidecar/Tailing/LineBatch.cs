namespace Orders.Exporter.Tailing;

/// <summary>
/// What the tailer hands to the next stage: whole lines of one file (each ending in '\n') in a pooled buffer,
/// plus where they end in the file, so the consumer can checkpoint exactly what it has recorded. The tailer
/// knows nothing of the log format: it only finds line breaks.
/// </summary>
public sealed class LineBatch
{
    public required long FileKey { get; init; }
    public required string Path { get; init; }
    public required FileIdentity Identity { get; init; }
    public BatchEvents Events { get; init; }

    /// <summary>Whole lines in <c>Buffer[0..Length)</c>, rented from ArrayPool&lt;byte&gt;.Shared; the consumer returns it.</summary>
    public byte[]? Buffer { get; init; }
    public int Length { get; init; }

    /// <summary>File offset of Buffer[0] (after any skipped bytes).</summary>
    public long StartOffset { get; init; }

    /// <summary>File offset just after the last consumed byte: where to resume.</summary>
    public required long EndOffset { get; init; }

    /// <summary>The batch ends inside a line longer than AccessLog:MaxLineBytes that is being skipped.</summary>
    public bool EndsInsideLongLine { get; init; }

    /// <summary>Lines over AccessLog:MaxLineBytes skipped before this batch's lines, and their bytes.</summary>
    public int SkippedLongLines { get; init; }
    public long SkippedBytes { get; init; }

    /// <summary>The file's length when read, for the lag gauge.</summary>
    public long FileLength { get; init; }

    /// <summary>With <see cref="BatchEvents.Opened"/> when resuming from a checkpoint: the consumer's opaque
    /// format state saved with it (for W3C, the #Fields list in force at the offset).</summary>
    public string? ResumeFormatState { get; init; }

    /// <summary>With <see cref="BatchEvents.Opened"/> when starting past the beginning without a format state:
    /// the file's first bytes, in which the consumer may look for directives without counting them.</summary>
    public byte[]? Preamble { get; init; }
}
