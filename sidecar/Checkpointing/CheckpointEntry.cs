namespace Orders.Exporter.Checkpointing;

/// <summary>One file in the checkpoint: its identity, how far it was recorded, and the format state there.</summary>
public sealed class CheckpointEntry
{
    public required string Path { get; init; }
    public ulong Device { get; init; }
    public ulong Inode { get; init; }
    public int HeadLength { get; init; }
    public ulong HeadHash { get; init; }
    public long Offset { get; init; }
    public bool InsideLongLine { get; init; }
    public string? FormatState { get; init; }
}
