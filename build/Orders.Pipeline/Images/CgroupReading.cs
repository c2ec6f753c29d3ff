using System.Globalization;

namespace Orders.Pipeline.Images;

/// <summary>
/// What the kernel enforces on a running container, read from its cgroup (the paths in
/// <c>/proc/PID/cgroup</c> under <c>/sys/fs/cgroup</c>), not what podman was asked for: the memory limit and
/// the peak usage (page cache included, as the limit counts it), the CFS quota and period, the CPU shares, and
/// how many CFS periods the container was throttled in. cgroup v1 (one hierarchy per controller) and v2 (one
/// unified hierarchy) both read; a value the kernel does not give (no limit, no memory.peak on an older v2
/// kernel, no shares on v2) is null.
/// </summary>
public sealed record CgroupReading(
    long? MemoryLimitBytes,
    long? MemoryPeakBytes,
    long? CpuQuotaMicroseconds,
    long? CpuPeriodMicroseconds,
    long? CpuShares,
    long? ThrottledPeriods,
    long? Periods)
{
    // cgroup v1 writes "no limit" as the largest page count times the page size (9223372036854771712 on x86-64).
    private const long UnlimitedFrom = 1L << 62;

    /// <param name="procCgroup">the text of /proc/PID/cgroup of a process in the container</param>
    /// <param name="cgroupRoot">where the hierarchies are mounted, /sys/fs/cgroup</param>
    public static CgroupReading Read(string procCgroup, string cgroupRoot)
    {
        var paths = new Dictionary<string, string>();
        foreach (var line in procCgroup.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var fields = line.Split(':', 3);
            if (fields.Length != 3)
            {
                throw new InvalidDataException($"Not a /proc/PID/cgroup line: '{line}'.");
            }
            foreach (var controller in fields[1].Split(','))
            {
                paths[controller] = fields[2];
            }
        }
        if (paths.TryGetValue("memory", out var memoryPath))
        {
            var memory = Folder(cgroupRoot, "memory", memoryPath);
            var cpu = paths.TryGetValue("cpu", out var cpuPath) ? Folder(cgroupRoot, "cpu", cpuPath) : null;
            var stat = cpu is null ? null : Stat(Path.Combine(cpu, "cpu.stat"));
            var quota = cpu is null ? null : Number(Path.Combine(cpu, "cpu.cfs_quota_us"));
            return new CgroupReading(
                Limit(Number(Path.Combine(memory, "memory.limit_in_bytes"))),
                Number(Path.Combine(memory, "memory.max_usage_in_bytes")),
                quota is < 0 ? null : quota,
                cpu is null ? null : Number(Path.Combine(cpu, "cpu.cfs_period_us")),
                cpu is null ? null : Number(Path.Combine(cpu, "cpu.shares")),
                stat?.GetValueOrDefault("nr_throttled"),
                stat?.GetValueOrDefault("nr_periods"));
        }
        if (paths.TryGetValue("", out var unifiedPath))
        {
            var folder = Folder(cgroupRoot, "", unifiedPath);
            var max = ReadText(Path.Combine(folder, "memory.max"));
            var cpuMax = ReadText(Path.Combine(folder, "cpu.max"))?.Split(' ');
            var stat = Stat(Path.Combine(folder, "cpu.stat"));
            return new CgroupReading(
                max is null or "max" ? null : Parse(max),
                Number(Path.Combine(folder, "memory.peak")),
                cpuMax is null || cpuMax[0] == "max" ? null : Parse(cpuMax[0]),
                cpuMax is { Length: 2 } ? Parse(cpuMax[1]) : null,
                null,
                stat?.GetValueOrDefault("nr_throttled"),
                stat?.GetValueOrDefault("nr_periods"));
        }
        throw new InvalidDataException("/proc/PID/cgroup names neither a memory controller (cgroup v1) nor the unified hierarchy (v2).");
    }

    private static string Folder(string root, string controller, string path) => Path.Combine(root, controller, path.TrimStart('/'));

    private static long? Limit(long? bytes) => bytes is >= UnlimitedFrom ? null : bytes;

    private static string? ReadText(string file) => File.Exists(file) ? File.ReadAllText(file).Trim() : null;

    private static long? Number(string file) => ReadText(file) is { } text ? Parse(text) : null;

    private static long Parse(string text) => long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static Dictionary<string, long>? Stat(string file) =>
        ReadText(file)?.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ', 2))
            .Where(f => f.Length == 2 && long.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .ToDictionary(f => f[0], f => Parse(f[1]));
}
