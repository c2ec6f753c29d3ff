using System.Globalization;

namespace Orders.Pipeline.Infrastructure;

/// <summary>
/// Notices that a process's parent has gone: Linux then re-parents it (to init or a subreaper), so its parent
/// id changes. The pipeline watches its own parent (Cake, a CI runner, a terminal) this way because a parent
/// killed with SIGKILL, or one that exits on SIGTERM without passing it on, sends the tool no signal: without
/// the watch, Local's app, exporter and Prometheus would keep running, orphaned, holding their ports. Polls
/// <c>/proc/&lt;pid&gt;/stat</c> every <see cref="Interval"/>; where there is no /proc, it watches nothing.
/// </summary>
public sealed class ParentWatch : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly int _pid;
    private readonly Action<int> _onParentGone;
    private readonly ITimer? _timer;
    private int _fired;

    /// <param name="pid">The process whose parent is watched (the pipeline's own in production).</param>
    /// <param name="onParentGone">Called once, with the parent's id, when it has gone.</param>
    public ParentWatch(int pid, Action<int> onParentGone, TimeProvider time)
    {
        _pid = pid;
        _onParentGone = onParentGone;
        Parent = ParentOf(pid);
        // A parent of 1 is init itself (a container's entry point, a daemon): it never goes away.
        if (Parent is { } parent && parent > 1)
        {
            _timer = time.CreateTimer(_ => Check(), null, Interval, Interval);
        }
    }

    /// <summary>The parent at the start, or null where /proc cannot tell.</summary>
    public int? Parent { get; }

    public void Dispose() => _timer?.Dispose();

    /// <summary>
    /// Whether <paramref name="pid"/> started with SIGHUP ignored, as <c>nohup</c> starts a program: its user asked it
    /// to outlive the shell that started it, so its parent going away must not stop it. Read before the process
    /// registers a SIGHUP handler of its own, which replaces the ignore.
    /// </summary>
    public static bool IgnoresHangup(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
            return line is not null && (ulong.Parse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture) & 1) != 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException)
        {
            return false;
        }
    }

    /// <summary>The parent of <paramref name="pid"/> from /proc, or null when it cannot be read (no /proc, no such process).</summary>
    public static int? ParentOf(int pid)
    {
        try
        {
            // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private void Check()
    {
        // A failed /proc read (null: e.g. no file descriptor left under load) is not a parent gone: only another parent is.
        if (ParentOf(_pid) is { } now && now != Parent && Interlocked.Exchange(ref _fired, 1) == 0)
        {
            _timer?.Dispose();
            _onParentGone(Parent!.Value);
        }
    }
}
