using Orders.Exporter.State;

namespace Orders.Exporter.Checkpointing;

/// <summary>
/// The checkpoint file's content (JSON): how far each file was recorded and the metric values that recording
/// produced, written together so that a restart resumes both from the same instant. Version and LogPath tell
/// a checkpoint of another format or of another log apart: such a checkpoint is not used.
/// </summary>
public sealed class CheckpointDocument
{
    /// <summary>2: metric values beside the offsets (1 had offsets only).</summary>
    public const int CurrentVersion = 2;

    public int Version { get; init; } = CurrentVersion;

    /// <summary>What AccessLog:Path resolved to (directory and file pattern) when this was written.</summary>
    public string? LogPath { get; init; }

    public List<CheckpointEntry> Files { get; init; } = [];
    public MetricsSnapshot Metrics { get; init; } = new();
}
