using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Orders.Exporter.Checkpointing;

/// <summary>
/// Reads and writes the checkpoint file. A write goes to a temporary file in the same directory, is flushed
/// to disk, then renamed over the old one: rename is atomic, so a crash leaves either the old or the new
/// checkpoint, never a torn one.
/// </summary>
public sealed class CheckpointStore(string path, string logPath, ILogger logger)
{
    private byte[] _lastWritten = [];

    public string Path { get; } = path;

    /// <summary>The saved checkpoint; null if there is none or it cannot be used (then <paramref name="corrupt"/>):
    /// unreadable, another version, or written for another AccessLog:Path.</summary>
    public CheckpointDocument? Load(out bool corrupt)
    {
        corrupt = false;
        if (!File.Exists(Path))
        {
            return null;
        }

        try
        {
            using var stream = File.OpenRead(Path);
            var document = JsonSerializer.Deserialize(stream, CheckpointJsonContext.Default.CheckpointDocument);
            if (document is { Version: CheckpointDocument.CurrentVersion, Metrics: not null } && document.Files.All(f => f.Path is not null && f.Offset >= 0)
                && document.Metrics.Histograms.All(h => h.Counts.Length == h.UpperBounds.Length && h.Counts.All(c => c >= 0))
                && document.Metrics.Counters.All(c => double.IsFinite(c.Value) && c.Value >= 0))
            {
                return document.LogPath == logPath ? document
                    : throw new JsonException($"it was written for AccessLog:Path {document.LogPath}, not {logPath}");
            }

            throw new JsonException($"version {document?.Version} is not {CheckpointDocument.CurrentVersion}, or an entry is invalid");
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            corrupt = true;
            logger.LogWarning("Checkpoint {Path} cannot be used ({Reason}); starting without it: what is on disk now is skipped and counted in accesslog_skipped_bytes_total, so that no line is counted twice. It is replaced at the next write.", Path, e.Message);
            return null;
        }
    }

    /// <summary>Writes <paramref name="document"/> unless it is what was written last; true if it wrote.</summary>
    public bool Save(CheckpointDocument document)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(document, CheckpointJsonContext.Default.CheckpointDocument);
        if (bytes.AsSpan().SequenceEqual(_lastWritten))
        {
            return false;
        }

        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
        Directory.CreateDirectory(directory);
        var temporary = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(Path)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, Path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // On a full volume a half-written temporary file would hold the very space the next attempt needs.
            TryDelete(temporary);
            throw;
        }
        _lastWritten = bytes;
        return true;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only volume: there is no half-written file to delete either.
        }
    }
}
