namespace Orders.Exporter.Checkpointing;

/// <summary>The checkpoint file's content (JSON). Version lets a future format be told apart.</summary>
public sealed class CheckpointDocument
{
    public const int CurrentVersion = 1;

    public int Version { get; init; } = CurrentVersion;
    public List<CheckpointEntry> Files { get; init; } = [];
}
