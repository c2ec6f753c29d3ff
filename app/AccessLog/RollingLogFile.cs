using System.Text;

namespace Orders.App.AccessLog;

/// <summary>
/// The access log files of one directory, written the way ASP.NET Core's W3C logger writes them: created on
/// the first line; three header lines at the top of each, there whole from the moment the file appears; after the line that takes a file past the size
/// limit it is closed and the next number used (a file overshoots by at most one line); a new day starts a
/// new file; a restarted process never appends but takes the next free number; only the newest
/// RetainedFileCountLimit files are kept, newest by the order they were opened (files of earlier runs first, by
/// name), not by name: when the clock steps back across midnight the new file's name sorts before the newer
/// day's, and retention by name would delete the file being written. Lines are gathered in a buffer and written with one call per
/// <see cref="Flush"/> (or per 64 KiB), which is what makes the log cheap. Not thread-safe: one writer.
/// <para>A write that fails (a full disk) does not move on to a new file: the next batch reopens the same
/// one (<see cref="Abandon"/>). A new number per failed batch would leave a trail of empty files and, worse, run
/// retention at each, deleting the newest real files, which hold the lines the exporter may not have read
/// yet (or read but not yet checkpointed: its restart reads them again). Retention therefore runs only when a
/// file is really rolled (size limit, new day, restart).</para>
/// </summary>
public sealed class RollingLogFile(string directory, long fileSizeLimitBytes, int retainedFileCount, TimeProvider time) : IDisposable
{
    private const int BatchBytes = 64 * 1024;
    private readonly byte[] _batch = new byte[BatchBytes];
    private int _batched;
    private FileStream? _file;
    private long _fileLength;
    private DateOnly _fileDate;
    private int _nextNumber = -1;

    /// <summary>The files this writer opened, oldest first: the sequence retention goes by.</summary>
    private readonly List<string> _opened = [];

    /// <summary>The file given up after a failed write, to be continued by the next line (same day).</summary>
    private string? _abandoned;

    /// <summary>The file being written, null before the first line and after a roll or a failure.</summary>
    public string? CurrentPath => _file?.Name;

    public void Append(ReadOnlySpan<byte> line)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (_file is null || today != _fileDate)
        {
            Open(today);
        }
        Buffer(line);
        if (_fileLength > fileSizeLimitBytes)
        {
            Close();
        }
    }

    /// <summary>Hands the buffered lines to the operating system in one write.</summary>
    public void Flush()
    {
        if (_batched > 0 && _file is not null)
        {
            _file.Write(_batch, 0, _batched);
        }
        _batched = 0;
    }

    /// <summary>After an I/O error: forget the buffered lines and close the file; the next line reopens it (the
    /// same day) rather than taking a new number.</summary>
    public void Abandon()
    {
        _batched = 0;
        _abandoned = _file?.Name ?? _abandoned;
        try
        {
            _file?.Dispose();
        }
        catch (IOException)
        {
            // The file is already broken; the caller has reported the error that brought us here.
        }
        _file = null;
    }

    public void Dispose() => Close();

    private void Open(DateOnly today)
    {
        Close();
        if (_abandoned is { } torn && today == _fileDate && File.Exists(torn))
        {
            Reopen(torn);
            return;
        }

        _abandoned = null;
        if (_nextNumber < 0 || today != _fileDate)
        {
            _fileDate = today;
            _nextNumber = AccessLogFileNames.NextFreeNumber(directory, today);
        }
        System.IO.Directory.CreateDirectory(directory);
        while (_file is null)
        {
            var path = Path.Combine(directory, AccessLogFileNames.For(today, _nextNumber));
            if (!TryCreateWithHeader(path))
            {
                _nextNumber++;
            }
        }
        _nextNumber++;
        _opened.Add(_file.Name);
        DeleteBeyondRetention();
    }

    /// <summary>Creates <paramref name="path"/> holding its whole header, or nothing: the header is written to a
    /// staging name the reader never lists (it reads *.txt) and the file then takes its name. A reader needs the
    /// #Fields line; written in place, a full disk could leave the file empty or cut in the header, and failed
    /// writes after it could cut the repeated header again, past any length check. False when another process
    /// (or an earlier run) has the name: never append to its file. A failed write leaves no file and throws,
    /// and the next line tries the same number again.</summary>
    private bool TryCreateWithHeader(string path)
    {
        var staging = Path.Combine(directory, "." + Path.GetFileName(path) + ".new");
        try
        {
            using (var created = new FileStream(staging, new FileStreamOptions
            {
                Mode = FileMode.Create, // a staging file a killed process left is ours to overwrite
                Access = FileAccess.Write,
                Share = FileShare.None,
                BufferSize = 0,
            }))
            {
                created.Write(Header());
            }
            File.Move(staging, path, overwrite: false); // link + unlink: fails, never replaces, when the name is taken
        }
        catch (IOException) when (File.Exists(path))
        {
            DeleteStaging(staging);
            return false;
        }
        catch
        {
            DeleteStaging(staging);
            throw;
        }
        _file = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Append,
            Access = FileAccess.Write,
            Share = FileShare.Read | FileShare.Delete,
            BufferSize = 0,
        });
        _fileLength = _file.Length;
        return true;
    }

    private static void DeleteStaging(string staging)
    {
        try
        {
            File.Delete(staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The caller reports the error that brought us here; a staging name is overwritten by the next try.
        }
    }

    /// <summary>Continues the file a failed write left. It may end inside a line (the write stopped part-way):
    /// a line break first ends that line where it stopped, so the reader counts it as one malformed line
    /// instead of gluing it to the next. Its header is whole (<see cref="TryCreateWithHeader"/>). Never
    /// truncated: the reader may already be past those bytes.</summary>
    private void Reopen(string path)
    {
        var file = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Append,
            Access = FileAccess.Write,
            Share = FileShare.Read | FileShare.Delete,
            BufferSize = 0,
        });
        (_file, _abandoned, _fileLength) = (file, null, file.Length);
        if (_fileLength > 0 && LastByte(path, _fileLength) != (byte)'\n')
        {
            Buffer("\n"u8);
        }
    }

    private static byte LastByte(string path, long length)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        Span<byte> last = stackalloc byte[1];
        return RandomAccess.Read(handle, last, length - 1) == 1 ? last[0] : (byte)'\n';
    }

    private byte[] Header() => Encoding.UTF8.GetBytes(
        $"#Version: 1.0\n#Start-Date: {time.GetUtcNow().UtcDateTime:yyyy-MM-dd HH:mm:ss}\n#Fields: {W3CLineFormatter.Fields}\n");

    private void Close()
    {
        if (_file is null)
        {
            return;
        }
        Flush();
        _file.Dispose();
        _file = null;
    }

    private void Buffer(ReadOnlySpan<byte> bytes)
    {
        _fileLength += bytes.Length;
        if (_batched + bytes.Length > _batch.Length)
        {
            Flush();
        }
        if (bytes.Length > _batch.Length)
        {
            _file!.Write(bytes);
            return;
        }
        bytes.CopyTo(_batch.AsSpan(_batched));
        _batched += bytes.Length;
    }

    private void DeleteBeyondRetention()
    {
        var files = System.IO.Directory.GetFiles(directory, AccessLogFileNames.SearchPattern);
        if (files.Length <= retainedFileCount)
        {
            return;
        }
        // Oldest first: what earlier runs left (by name: they came before this process), then this writer's
        // files in the order it opened them. The file being written is last, so it is always retained.
        var ours = _opened.Where(files.Contains).ToList();
        var byAge = files.Except(ours).Order(StringComparer.Ordinal).Concat(ours).ToList();
        foreach (var oldest in byAge.Take(byAge.Count - retainedFileCount))
        {
            try
            {
                File.Delete(oldest);
                _opened.Remove(oldest);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort: a file we may not delete must not stop the lines being written; it is
                // tried again at the next roll.
            }
        }
        _opened.RemoveAll(path => !files.Contains(path));
    }
}
