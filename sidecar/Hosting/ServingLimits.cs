using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Orders.Exporter.Hosting;

/// <summary>
/// What one client may hold of the exporter's port (issue 12): the exporter is on the pod network, and a
/// restarted exporter drops that pod's orders from the sum KEDA scales on. Kestrel enforces each of these,
/// checking its timers once a second. How many connections: Exporter:MaxConnections and
/// Exporter:MaxConnectionsPerAddress (<see cref="ConnectionCap"/>).
/// </summary>
public static class ServingLimits
{
    /// <summary>Request headers must be complete within this, counted from the connection's first byte or from the previous response.</summary>
    public static readonly TimeSpan RequestHeadersTimeout = TimeSpan.FromSeconds(5);

    /// <summary>An idle kept-alive connection is closed after this: four of Prometheus' 15 s scrape intervals.</summary>
    public static readonly TimeSpan KeepAliveTimeout = TimeSpan.FromSeconds(60);

    /// <summary>All headers of a request together; Prometheus and the kubelet send a few hundred bytes.</summary>
    public const int MaxRequestHeadersBytes = 8 * 1024;

    /// <summary>"GET /metrics HTTP/1.1" is 21 bytes.</summary>
    public const int MaxRequestLineBytes = 1024;

    public static void Apply(KestrelServerLimits limits)
    {
        limits.RequestHeadersTimeout = RequestHeadersTimeout;
        limits.KeepAliveTimeout = KeepAliveTimeout;
        limits.MaxConcurrentUpgradedConnections = 0;
        limits.MaxRequestHeadersTotalSize = MaxRequestHeadersBytes;
        limits.MaxRequestLineSize = MaxRequestLineBytes;
        limits.MaxRequestHeaderCount = 32;
        limits.MaxRequestBodySize = 0;
        limits.MaxRequestBufferSize = MaxRequestHeadersBytes + MaxRequestLineBytes;
        limits.MaxResponseBufferSize = 64 * 1024;
    }
}
