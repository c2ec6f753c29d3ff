namespace Orders.Exporter.Tailing;

/// <summary>
/// Turns inotify events (FileSystemWatcher) in the log directory into a <see cref="ChangeSignal"/>, so a new
/// line is read within milliseconds instead of at the next poll. Only a hint: polling stays the safety net,
/// because events can overflow, and a directory that is deleted and recreated silently orphans its watcher
/// (detected here by the directory's inode changing, then watched anew).
/// </summary>
public sealed class ChangeNotifier(LogPathPattern pattern, ChangeSignal signal) : IDisposable
{
    private FileSystemWatcher? _watcher;
    private ulong _watchedInode;

    /// <summary>Starts, restarts or stops watching to match the directory as it is now.</summary>
    public void EnsureWatching()
    {
        var exists = UnixFileStat.TryGet(pattern.Directory, out _, out var inode) || Directory.Exists(pattern.Directory);
        if (_watcher is not null && exists && inode == _watchedInode)
        {
            return;
        }

        Stop();
        if (!exists)
        {
            return;
        }

        try
        {
            var watcher = new FileSystemWatcher(pattern.Directory, pattern.FilePattern)
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
                IncludeSubdirectories = false,
            };
            watcher.Changed += (_, _) => signal.Set();
            watcher.Created += (_, _) => signal.Set();
            watcher.Deleted += (_, _) => signal.Set();
            watcher.Renamed += (_, _) => signal.Set();
            watcher.Error += (_, _) => signal.Set(); // overflow or a lost directory: poll; the next EnsureWatching re-checks
            watcher.EnableRaisingEvents = true;
            (_watcher, _watchedInode) = (watcher, inode);
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
        {
            // The directory vanished between the check and the watch, or inotify limits are reached: polling covers it.
        }
    }

    public void Dispose() => Stop();

    private void Stop()
    {
        _watcher?.Dispose();
        _watcher = null;
    }
}
