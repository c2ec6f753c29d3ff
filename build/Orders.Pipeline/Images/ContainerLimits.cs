using System.Globalization;

namespace Orders.Pipeline.Images;

/// <summary>
/// One container's resources as the run applied them (from the manifest, see <see cref="ContainerResources"/>)
/// beside what its cgroup reads while it runs (<see cref="CgroupReading"/>, null with the reason when it could not
/// be read), and the peak resident set of the container's main process (VmHWM), which also counts the image's
/// file pages that the host had cached before the container started: the cgroup charges those to whoever read
/// them first (here the image build), so its peak alone can understate what a fresh node charges. A limit the cgroup does not hold is a failed check: the kubelet would apply it, so a run without it
/// says nothing about the container living within it.
/// </summary>
public sealed record ContainerLimits(ContainerResources Applied, CgroupReading? ReadBack, string? ReadError, long? MainProcessPeakRssBytes = null)
{
    /// <summary>VmHWM from the text of /proc/PID/status, in bytes; null when the kernel does not give it.</summary>
    public static long? PeakRss(string procStatus) =>
        procStatus.Split('\n').Select(l => l.Split(':', 2)).FirstOrDefault(f => f.Length == 2 && f[0] == "VmHWM") is { } field
        && field[1].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var kilobytes, "kB"]
        && long.TryParse(kilobytes, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value * 1024
            : null;

    /// <summary>The kernel rounds a memory limit down to whole pages (4 KiB here, 64 KiB on some machines).</summary>
    public const long PageTolerance = 65536;

    /// <summary>Each limit asked for that the cgroup does not hold, in words; empty when all hold.</summary>
    public IReadOnlyList<string> NotApplied()
    {
        var missing = new List<string>();
        if (ReadBack is not { } read)
        {
            if (Applied.MemoryLimitBytes is not null || Applied.CpuLimitMillicores is not null)
            {
                missing.Add("its cgroup could not be read: " + ReadError);
            }
            return missing;
        }
        if (Applied.MemoryLimitBytes is { } bytes
            && (read.MemoryLimitBytes is not { } readBytes || readBytes > bytes || bytes - readBytes >= PageTolerance))
        {
            missing.Add($"memory {Applied.MemoryLimit} ({Number(bytes)} B) asked, the cgroup's limit is {Bytes(read.MemoryLimitBytes)}");
        }
        if (Applied.CpuQuotaMicroseconds is { } quota
            && (read.CpuQuotaMicroseconds != quota || read.CpuPeriodMicroseconds != ContainerResources.CpuPeriodMicroseconds))
        {
            missing.Add($"cpu {Applied.CpuLimit} ({Number(quota)} µs per {Number(ContainerResources.CpuPeriodMicroseconds)} µs) asked, the cgroup's CFS quota is "
                + (read.CpuQuotaMicroseconds is { } q ? $"{Number(q)} µs per {Number(read.CpuPeriodMicroseconds ?? 0)} µs" : "unlimited"));
        }
        if (read.CpuShares is { } shares && shares != Applied.CpuShares)
        {
            missing.Add($"cpu.shares {Number(Applied.CpuShares)} asked (the CPU request), the cgroup reads {Number(shares)}");
        }
        return missing;
    }

    private static string Bytes(long? bytes) => bytes is { } b ? Number(b) + " B" : "unlimited";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
