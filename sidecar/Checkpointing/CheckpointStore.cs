using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Orders.Exporter.Checkpointing;

/// <summary>
/// Reads and writes the checkpoint file. A write goes to a temporary file in the same directory, is flushed
/// to disk, then renamed over the old one: rename is atomic, so a crash leaves either the old or the new
/// checkpoint, never a torn one.
/// </summary>
public sealed class CheckpointStore(string path, ILogger logger)
{
    public string Path { get; } = path;

    /// <summary>The saved checkpoint; null if there is none or it is unreadable (then <paramref name="corrupt"/>).</summary>
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
            if (document is { Version: CheckpointDocument.CurrentVersion } && document.Files.All(f => f.Path is not null && f.Offset >= 0))
            {
                return document;
            }

            throw new JsonException($"unsupported version {document?.Version} or an invalid entry");
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            corrupt = true;
            logger.LogWarning("Checkpoint {Path} is unreadable ({Reason}); starting without it as AccessLog:StartAt says. Delete the file to silence this.", Path, e.Message);
            return null;
        }
    }

    public void Save(CheckpointDocument document)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
        Directory.CreateDirectory(directory);
        var temporary = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(Path)}.{Environment.ProcessId}.tmp");
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, document, CheckpointJsonContext.Default.CheckpointDocument);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, Path, overwrite: true);
    }
}
