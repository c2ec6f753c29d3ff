using System.Globalization;
using System.Text;

namespace Orders.Pipeline.Images;

/// <summary>artifacts/images/report.md: sizes and layers (against the previous run's), the time of each step,
/// push and pull, what each image holds (files listed, no shell or package manager; its OCI labels), the pod check, each container's resources as applied and as its cgroup read them, the checks that failed, and `N of N orders counted` on a line of its own.</summary>
public static class ImagesReport
{
    public static string Render(ImagesSummary current, ImagesSummary? previous, IReadOnlyList<(string Step, TimeSpan Took)> steps,
        PodOutcome pod, IReadOnlyList<string> problems, IReadOnlyList<ImageFacts> images)
    {
        var text = new StringBuilder();
        text.AppendLine("# Images: built from the repository's Dockerfiles, pushed, pulled and run as the pod").AppendLine();
        text.AppendLine("| image | size | against the previous run | layers |");
        text.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var image in current.Images)
        {
            var before = previous?.Images.FirstOrDefault(i => i.Name == image.Name);
            var delta = before is null ? "(no previous run)" : Signed(image.SizeBytes - before.SizeBytes);
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{image.Reference}` | {Megabytes(image.SizeBytes)} | {delta} | {image.Layers} |");
        }
        text.AppendLine().AppendLine("| step | took |").AppendLine("| --- | ---: |");
        foreach (var (step, took) in steps)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {step} | {took.TotalSeconds:0.0} s |");
        }
        text.AppendLine().AppendLine("## What the images hold").AppendLine();
        foreach (var image in images)
        {
            var forbidden = ForbiddenFiles.Find(image.Files);
            var labels = string.Join(", ", image.Labels.Where(l => l.Key.StartsWith(ImageLabelCheck.Prefix, StringComparison.Ordinal))
                .OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"`{l.Key[ImageLabelCheck.Prefix.Length..]}={l.Value}`"));
            var holds = forbidden.Count == 0 ? "no shell and no package manager" : "**" + string.Join(", ", forbidden) + "**";
            text.AppendLine(CultureInfo.InvariantCulture, $"- `{image.Reference}`: {image.Files.Count} files and links, {holds}; user {image.User}; labels {(labels.Length == 0 ? "none" : labels)}");
        }
        text.AppendLine().AppendLine("## The pod").AppendLine();
        foreach (var (container, code) in pod.ExitCodes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- `{container}`: exit code {code} after SIGTERM; {(pod.ReadOnlyRoot[container] ? "read-only root, no tmpfs: wrote only to its volumes" : "writable root")}");
        }
        text.AppendLine().AppendLine("Resources: the manifest's, applied as the kubelet applies them (`--memory` with no swap beyond it, `--cpus` as a CFS quota per 100 ms, `--cpu-shares` from the CPU request), read back from each container's cgroup after the orders went through. The cgroup's peak counts what is charged to it (page cache included, as the limit counts it), but not the image's files the host had cached before (charged to whoever read them first): the main process's peak resident set (VmHWM) counts those too.").AppendLine();
        text.AppendLine("| container | memory limit | cgroup's limit | cgroup's peak | main process's peak RSS | CPU limit | cgroup's CFS quota | throttled | cpu.shares asked / read |");
        text.AppendLine("| --- | --- | --- | ---: | ---: | --- | --- | ---: | ---: |");
        foreach (var (container, limits) in pod.Limits)
        {
            var applied = limits.Applied;
            var read = limits.ReadBack;
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{container}` | {(applied.MemoryLimit is null ? "none" : $"{applied.MemoryLimit} = {applied.MemoryLimitBytes} B")} | {(read is null ? "not read: " + limits.ReadError : Bytes(read.MemoryLimitBytes))} | {Peak(limits)} | {Mebibytes(limits.MainProcessPeakRssBytes)} | {(applied.CpuLimit is null ? "none" : $"{applied.CpuLimit} = {applied.CpuQuotaMicroseconds} µs / 100 ms")} | {Quota(read)} | {Throttled(read)} | {applied.CpuShares} / {(read?.CpuShares is { } shares ? shares.ToString(CultureInfo.InvariantCulture) : "-")} |");
        }
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{pod.OrdersCounted:0} of {pod.OrdersSent} orders counted").AppendLine();
        text.AppendLine(problems.Count == 0 ? "All checks passed." : "## Failed checks\n\n" + string.Concat(problems.Select(p => $"- {p}\n")));
        return text.ToString();
    }

    /// <summary>One line for the run's output: each limit as applied and as read, the peak, the throttling.</summary>
    public static string Describe(ContainerLimits limits) => string.Create(CultureInfo.InvariantCulture,
        $"memory limit {limits.Applied.MemoryLimit ?? "none"}, cgroup {(limits.ReadBack is null ? "not read" : Bytes(limits.ReadBack.MemoryLimitBytes))}, peak {Peak(limits)}, main process's peak RSS {Mebibytes(limits.MainProcessPeakRssBytes)}; "
        + $"cpu limit {limits.Applied.CpuLimit ?? "none"}, cgroup {Quota(limits.ReadBack)}, throttled {Throttled(limits.ReadBack)}");

    private static string Bytes(long? bytes) => bytes is { } b ? string.Create(CultureInfo.InvariantCulture, $"{b} B") : "unlimited";

    private static string Peak(ContainerLimits limits) => limits.ReadBack?.MemoryPeakBytes is not { } peak
        ? "not given"
        : string.Create(CultureInfo.InvariantCulture, $"{peak / 1048576.0:0.0} MiB")
          + (limits.Applied.MemoryLimitBytes is { } limit ? string.Create(CultureInfo.InvariantCulture, $" ({100.0 * peak / limit:0}% of the limit)") : "");

    private static string Mebibytes(long? bytes) => bytes is { } b ? string.Create(CultureInfo.InvariantCulture, $"{b / 1048576.0:0.0} MiB") : "not given";

    private static string Quota(CgroupReading? read) => read is null
        ? "not read"
        : read.CpuQuotaMicroseconds is { } quota ? string.Create(CultureInfo.InvariantCulture, $"{quota} µs / {read.CpuPeriodMicroseconds} µs") : "unlimited";

    private static string Throttled(CgroupReading? read) => read?.Periods is { } periods
        ? string.Create(CultureInfo.InvariantCulture, $"{read.ThrottledPeriods} of {periods} periods")
        : "-";

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:0.0} MB");

    private static string Signed(long bytes) => bytes == 0 ? "same" : (bytes > 0 ? "+" : "-") + Megabytes(Math.Abs(bytes));
}
