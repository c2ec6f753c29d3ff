using System.Globalization;

namespace Orders.TestSupport;

/// <summary>
/// What Linux's /proc says of running processes and listening ports, for tests that check a run left nothing
/// behind: which processes descend from one (before it is stopped), whether a process still runs (a zombie
/// waiting for its new parent to reap it does not), and whether anything still listens on a port.
/// </summary>
public static class ProcessTable
{
    /// <summary>Every process below <paramref name="pid"/> (children, their children…), read now.</summary>
    public static IReadOnlyList<int> DescendantsOf(int pid)
    {
        var parents = new Dictionary<int, int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && Stat(id) is { } stat)
            {
                parents[id] = stat.Parent;
            }
        }
        var found = new List<int>();
        var frontier = new Queue<int>([pid]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var child in parents.Where(p => p.Value == parent).Select(p => p.Key))
            {
                found.Add(child);
                frontier.Enqueue(child);
            }
        }
        return found;
    }

    /// <summary>True while the process exists and has not exited (state Z or X is an exited process not yet reaped).</summary>
    public static bool IsRunning(int pid) => Stat(pid) is { State: not ('Z' or 'X') };

    /// <summary>The command line of a process ("" once it is gone), for messages.</summary>
    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (IOException)
        {
            return "";
        }
    }

    /// <summary>Kills those of <paramref name="pids"/> still running (a test's own processes, left by a failure).</summary>
    public static void Kill(IEnumerable<int> pids)
    {
        foreach (var pid in pids.Where(IsRunning))
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                process.Kill();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                // It exited meanwhile.
            }
        }
    }

    /// <summary>Whether any socket on this machine listens on TCP <paramref name="port"/> (IPv4 or IPv6).</summary>
    public static bool Listens(int port)
    {
        var hex = port.ToString("X4", CultureInfo.InvariantCulture);
        return new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists).SelectMany(File.ReadLines).Any(line =>
        {
            // "  sl  local_address rem_address   st ...": local is ADDR:PORT in hex, st 0A is LISTEN.
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return fields.Length > 3 && fields[1].EndsWith(":" + hex, StringComparison.Ordinal) && fields[3] == "0A";
        });
    }

    private static (char State, int Parent)? Stat(int pid)
    {
        try
        {
            // "pid (comm) state ppid ...": comm may hold spaces and parentheses.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (fields[0][0], int.Parse(fields[1], CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
