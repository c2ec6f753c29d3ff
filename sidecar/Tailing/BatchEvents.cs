namespace Orders.Exporter.Tailing;

/// <summary>What happened to a file, reported with the batch that follows it.</summary>
[Flags]
public enum BatchEvents
{
    None = 0,

    /// <summary>The file was opened; the batch may carry where to resume the format.</summary>
    Opened = 1,

    /// <summary>The file shrank below the read offset or its first bytes changed: read again from 0.</summary>
    Truncated = 2,

    /// <summary>The file is gone from the path and was read to its end; no more batches for it.</summary>
    Closed = 4,
}
