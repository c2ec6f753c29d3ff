using System.Threading.Channels;
using Orders.Exporter.Diagnostics;
using Microsoft.Extensions.Logging;
using Orders.Exporter.Metrics;

namespace Orders.Exporter.Tailing;

/// <summary>
/// Follows the files of a <see cref="LogPathPattern"/> and hands their whole lines on, in order, each exactly
/// once. One <see cref="PollAsync"/> is one scan: list the files, match them to the ones followed by device
/// and inode (so a renamed file is the same file), read each to its end in name order.
///
/// Rotation vs truncation: a rename+create rotation shows up as a new inode under the name; the old inode is
/// no longer listed, but its handle is still open, so it is read to its end first and then closed. Deletion
/// while open is the same. copytruncate keeps the inode but the file gets shorter than our offset, or (if it
/// grew back past the offset before we looked) its first bytes change: either way it is read again from 0
/// and counted as a truncation. A file that appears is read from its first byte; StartAt=End applies only to
/// files that exist at start-up when there is no checkpoint.
/// </summary>
public sealed class LogTailer : IDisposable
{
    private const int PreambleBytes = 16 * 1024;

    private readonly LogPathPattern _pattern;
    private readonly StartPosition _startAt;
    private readonly FileChunkReader _reader;
    private readonly ThrottledLogger _log;
    private readonly SelfMetrics? _metrics;
    private readonly List<TrackedFile> _files = [];
    private readonly HashSet<string> _notRegular = [];
    private readonly RolledFileNumbers _rolled = new();
    private List<ResumePoint>? _resume;
    private bool _firstScan = true;
    private long _nextKey;
    private long _skippedAtStart;
    private int _filesSkippedAtStart;

    public LogTailer(LogPathPattern pattern, StartPosition startAt, int maxLineBytes, IReadOnlyList<ResumePoint>? resume,
        ChannelWriter<LineBatch> output, ThrottledLogger log, SelfMetrics? metrics = null)
    {
        _metrics = metrics;
        _pattern = pattern;
        _startAt = startAt;
        _resume = resume?.ToList();
        _reader = new FileChunkReader(maxLineBytes, output);
        _log = log;
    }

    public LogPathPattern Pattern => _pattern;

    /// <summary>Files currently followed (open handles).</summary>
    public int FollowedFiles => _files.Count;

    /// <summary>One scan: read every followed file to its end. Never cancelled half-way, so no offset runs
    /// ahead of a batch that was not handed on. False when the directory could not be listed: then only the
    /// files already open were read, so the scan says nothing about the files on disk.</summary>
    public async Task<bool> PollAsync()
    {
        var paths = _pattern.List(out var listError);
        if (paths is null)
        {
            // Unknown is not gone: closing the open files now would read them again from 0 once the listing
            // works again (double counting). Keep following them; only their new bytes are read.
            _metrics?.ListErrors.Inc();
            _log.Warning(_pattern.Directory, "list", $"cannot be listed ({listError!.Message}); following the files already open and retrying at the next poll. Check the volume's permissions if this persists.");
            foreach (var file in _files)
            {
                await ReadAsync(file);
            }

            return false;
        }

        foreach (var missed in _rolled.Missed(paths))
        {
            _metrics?.FilesMissed.Inc();
            _log.Logger.LogWarning("{File} was deleted before it could be read (a gap in the rolled file numbers): its requests are lost, counted in accesslog_files_missed_total. Keep more files (the app's AccessLog:RetainedFileCountLimit) or give the exporter more CPU.",
                Path.Combine(_pattern.Directory, missed));
        }

        var listed = new List<TrackedFile>();
        foreach (var file in _files)
        {
            file.Listed = false;
        }

        foreach (var path in paths)
        {
            var file = Track(path);
            if (file is null || file.Listed)
            {
                continue;
            }

            (file.Listed, file.Path) = (true, path);
            listed.Add(file);
        }

        // Files no longer listed (deleted, renamed away) are older than any listed one: finish them first.
        // A file is closed only once a read reached its end without error; a failed read is retried.
        for (var i = 0; i < _files.Count; i++)
        {
            var file = _files[i];
            if (file.Listed || await ReadAsync(file) != ReadOutcome.AtEnd)
            {
                continue;
            }

            await _reader.CloseAsync(file, CancellationToken.None);
            file.Dispose();
            _files.RemoveAt(i--);
        }

        foreach (var file in listed)
        {
            await ReadAsync(file);
        }

        if (_firstScan)
        {
            foreach (var gone in _resume ?? [])
            {
                _log.Information(gone.Path, "checkpoint", "named in the checkpoint but gone (or replaced); nothing to resume there.");
            }

            if (_skippedAtStart > 0)
            {
                _log.Logger.LogInformation("Skipped {Bytes} bytes already on disk in {Files} file(s) under {Pattern}, counted in accesslog_skipped_bytes_total: without a usable checkpoint (or with AccessLog:StartAt End) only lines written from now on are counted, so that none is counted twice.",
                    _skippedAtStart, _filesSkippedAtStart, _pattern);
            }

            (_resume, _firstScan) = (null, false);
        }

        return true;
    }

    public void Dispose()
    {
        foreach (var file in _files)
        {
            file.Dispose();
        }

        _files.Clear();
    }

    private TrackedFile? Track(string path)
    {
        var known = UnixFileStat.TryGet(path, out var device, out var inode)
            ? _files.Find(f => f.Identity.Device == device && f.Identity.Inode == inode && inode != 0)
            : _files.Find(f => f.Path == path);
        if (known is not null)
        {
            return known;
        }

        if (!UnixFileStat.IsRegularFile(path))
        {
            if (_notRegular.Add(path))
            {
                _log.Logger.LogWarning("{Path} is named like a log file but is not a regular file (a FIFO, socket or device); it is skipped, never opened.", path);
            }

            return null;
        }

        try
        {
            var handle = FileOpener.Open(path);
            var length = RandomAccess.GetLength(handle);
            var identity = FileOpener.Identify(handle, length);
            var raced = _files.Find(f => f.Identity.SameInode(identity) && identity.Inode != 0);
            if (raced is not null)
            {
                handle.Dispose();
                return raced;
            }
            var file = new TrackedFile(_nextKey++, path, handle, identity);
            PlaceStart(file, length);
            _files.Add(file);
            return file;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _log.Warning(path, "open", $"cannot be opened ({e.Message}); retrying at the next poll. Check the volume's permissions if this persists.");
            return null;
        }
    }

    private void PlaceStart(TrackedFile file, long length)
    {
        var resume = _resume?.Find(r => r.Identity.SameInode(file.Identity) && r.Identity.Inode != 0
                                        && FileOpener.HeadMatches(file.Handle, r.Identity));
        if (resume is not null)
        {
            _resume!.Remove(resume);
            (file.ReadOffset, file.InsideLongLine, file.ResumeFormatState) = (resume.Offset, resume.InsideLongLine, resume.FormatState);
            file.Identity = resume.Identity.HeadLength >= file.Identity.HeadLength ? resume.Identity : file.Identity;
            if (file.ReadOffset > 0 && file.ResumeFormatState is null)
            {
                file.Preamble = FileOpener.Preamble(file.Handle, file.ReadOffset, PreambleBytes);
            }
        }
        else if (_firstScan && _resume is null && _startAt == StartPosition.End)
        {
            file.ReadOffset = FileOpener.EndOfLastLine(file.Handle, length, _reader.BufferSize);
            if (file.ReadOffset > 0)
            {
                _metrics?.SkippedBytes.Inc(file.ReadOffset);
                (_skippedAtStart, _filesSkippedAtStart) = (_skippedAtStart + file.ReadOffset, _filesSkippedAtStart + 1);
                file.Preamble = FileOpener.Preamble(file.Handle, file.ReadOffset, PreambleBytes);
            }
        }
    }

    private enum ReadOutcome { AtEnd, Consumed, Failed }

    private async Task<ReadOutcome> ReadAsync(TrackedFile file)
    {
        try
        {
            var length = RandomAccess.GetLength(file.Handle);
            var events = file.PendingEvents;
            file.PendingEvents = BatchEvents.None;
            // The head is checked on every poll, not only when the length changed: a file cut and rewritten to
            // the very same length between two polls (found by the property test) changes nothing else.
            if (length < file.ReadOffset || !FileOpener.HeadMatches(file.Handle, file.Identity))
            {
                _log.Information(file.Path, "truncated", $"is shorter than the read offset {file.ReadOffset} or was rewritten (copytruncate?): reading it again from the start.");
                (file.ReadOffset, file.InsideLongLine) = (0, false);
                file.Identity = FileOpener.Identify(file.Handle, length);
                events |= BatchEvents.Truncated;
            }
            else if (file.Identity.HeadLength < FileIdentity.MaxHeadLength && length > file.Identity.HeadLength)
            {
                file.Identity = FileOpener.Identify(file.Handle, length);
            }
            return await _reader.ReadAsync(file, length, events, CancellationToken.None) ? ReadOutcome.Consumed : ReadOutcome.AtEnd;
        }
        catch (IOException e)
        {
            _metrics?.ReadErrors.Inc();
            _log.Warning(file.Path, "read", $"read failed ({e.Message}); keeping it open and retrying at the next poll.");
            return ReadOutcome.Failed;
        }
    }
}
