namespace Orders.Pipeline.Images;

/// <summary>
/// What the kubelet turns a container's <c>resources</c> into on the node: the memory limit as the cgroup's
/// memory limit, the CPU limit as a CFS quota, and the CPU request (the limit when no request is set, as the
/// API server defaults it) as CPU shares. The manifest's text is kept beside each value for the report.
/// </summary>
public sealed record ContainerResources(string? MemoryLimit, long? MemoryLimitBytes, string? CpuLimit, long? CpuLimitMillicores, long? CpuRequestMillicores)
{
    public static readonly ContainerResources None = new(null, null, null, null, null);

    /// <summary>The kubelet's smallest CFS quota is 1 ms of a 100 ms period: 10 millicores.</summary>
    public const long MinimumCpuMillicores = 10;

    /// <summary>The kubelet's floor for cpu.shares (a container without a CPU request gets it).</summary>
    public const long MinimumCpuShares = 2;

    /// <summary>The CFS period the kubelet (and podman's <c>--cpus</c>) uses, in microseconds.</summary>
    public const long CpuPeriodMicroseconds = 100_000;

    /// <summary>The CFS quota the kubelet sets for the CPU limit, in microseconds per period.</summary>
    public long? CpuQuotaMicroseconds => CpuLimitMillicores is { } milli ? Math.Max(milli, MinimumCpuMillicores) * CpuPeriodMicroseconds / 1000 : null;

    /// <summary>cpu.shares as the kubelet computes them: request millicores x 1024 / 1000, at least 2.</summary>
    public long CpuShares => Math.Max((CpuRequestMillicores ?? 0) * 1024 / 1000, MinimumCpuShares);
}
