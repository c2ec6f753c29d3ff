using System.Text.Json;
using System.Text.Json.Serialization;

namespace Orders.Pipeline.Images;

/// <summary>The figures a run keeps in artifacts/images/summary.json, so the next run can report sizes
/// against them, and each container's limits as applied and read back with its peak memory.</summary>
public sealed record ImagesSummary(IReadOnlyList<ImageSummary> Images, int OrdersSent, double OrdersCounted, IReadOnlyList<ContainerSummary>? Containers = null)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static ImagesSummary? ReadPrevious(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<ImagesSummary>(File.ReadAllText(path), Json) : null;
        }
        catch (JsonException)
        {
            return null; // A summary from an older shape: no comparison this time.
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}

public sealed record ImageSummary(string Name, string Reference, long SizeBytes, int Layers);

/// <summary>A container's limits as the manifest gives them (bytes, millicores) and as its cgroup read them;
/// null where there is none or the cgroup did not give it.</summary>
public sealed record ContainerSummary(
    string Name,
    long? MemoryLimitBytes,
    long? MemoryLimitReadBytes,
    long? MemoryPeakBytes,
    long? MainProcessPeakRssBytes,
    long? CpuLimitMillicores,
    long? CpuQuotaReadMicroseconds,
    long? CpuPeriodReadMicroseconds,
    long? ThrottledPeriods,
    long? Periods)
{
    public static ContainerSummary From(string name, ContainerLimits limits) => new(
        name,
        limits.Applied.MemoryLimitBytes,
        limits.ReadBack?.MemoryLimitBytes,
        limits.ReadBack?.MemoryPeakBytes,
        limits.MainProcessPeakRssBytes,
        limits.Applied.CpuLimitMillicores,
        limits.ReadBack?.CpuQuotaMicroseconds,
        limits.ReadBack?.CpuPeriodMicroseconds,
        limits.ReadBack?.ThrottledPeriods,
        limits.ReadBack?.Periods);
}
