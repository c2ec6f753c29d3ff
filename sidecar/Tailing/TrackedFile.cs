using Microsoft.Win32.SafeHandles;

namespace Orders.Exporter.Tailing;

/// <summary>
/// A file being followed. The open handle is what makes rotation safe: it keeps reading the same inode after
/// a rename or a delete, and while it is open the kernel cannot reuse that inode number for a new file.
/// </summary>
internal sealed class TrackedFile(long key, string path, SafeFileHandle handle, FileIdentity identity) : IDisposable
{
    public long Key { get; } = key;
    public string Path { get; set; } = path;
    public SafeFileHandle Handle { get; } = handle;
    public FileIdentity Identity { get; set; } = identity;

    /// <summary>Offset of the first byte not yet handed on (the start of a partial line, if any).</summary>
    public long ReadOffset { get; set; }

    /// <summary>Inside a line longer than the limit, skipping to its end.</summary>
    public bool InsideLongLine { get; set; }

    /// <summary>Whether the path listing still shows this file (false: deleted or renamed away).</summary>
    public bool Listed { get; set; }

    /// <summary>Events to report with the next batch.</summary>
    public BatchEvents PendingEvents { get; set; } = BatchEvents.Opened;

    public string? ResumeFormatState { get; set; }
    public byte[]? Preamble { get; set; }

    public void Dispose() => Handle.Dispose();
}
