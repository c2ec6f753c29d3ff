using Orders.Exporter.Tailing;

namespace Orders.Exporter.Checkpointing;

/// <summary>
/// How far each file has been recorded into the metrics. Written by the consumer after it has recorded a
/// batch (never by the tailer, which runs ahead), so a checkpoint never claims a line that was not counted.
/// </summary>
public sealed class CheckpointLedger
{
    private readonly Lock _lock = new();
    private readonly Dictionary<long, CheckpointEntry> _files = [];
    private long _version;

    /// <summary>Changes since start; compare with a saved value to see whether a write is due.</summary>
    public long Version => Interlocked.Read(ref _version);

    public void Commit(LineBatch batch, string? formatState)
    {
        var entry = new CheckpointEntry
        {
            Path = batch.Path,
            Device = batch.Identity.Device,
            Inode = batch.Identity.Inode,
            HeadLength = batch.Identity.HeadLength,
            HeadHash = batch.Identity.HeadHash,
            Offset = batch.EndOffset,
            InsideLongLine = batch.EndsInsideLongLine,
            FormatState = formatState,
        };
        lock (_lock)
        {
            if ((batch.Events & BatchEvents.Closed) != 0)
            {
                _files.Remove(batch.FileKey);
            }
            else
            {
                _files[batch.FileKey] = entry;
            }

            _version++;
        }
    }

    public List<CheckpointEntry> Snapshot()
    {
        lock (_lock)
        {
            return [.. _files.OrderBy(f => f.Key).Select(f => f.Value)];
        }
    }

    /// <summary>The checkpoint as the tailer takes it at start-up.</summary>
    public static List<ResumePoint> ToResumePoints(CheckpointDocument document) =>
        [.. document.Files.Select(f => new ResumePoint(f.Path, new FileIdentity(f.Device, f.Inode, f.HeadLength, f.HeadHash),
            f.Offset, f.InsideLongLine, f.FormatState))];
}
