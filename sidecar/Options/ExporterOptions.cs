using System.ComponentModel.DataAnnotations;

namespace Orders.Exporter.Options;

/// <summary>How to serve and label the metrics (section "Exporter").</summary>
public sealed class ExporterOptions
{
    public const string Section = "Exporter";

    /// <summary>The address to listen on; "*" or "0.0.0.0" for all interfaces.</summary>
    public string Host { get; set; } = "0.0.0.0";

    /// <summary>0 picks a free port (tests); the bound address is logged.</summary>
    [Range(0, 65535, ErrorMessage = "Exporter:Port must be between 0 and 65535.")]
    public int Port { get; set; } = 9181;

    /// <summary>Connections open at once, from all clients; more are closed as they arrive. The memory bound
    /// (peak RSS under 48 MB at the default: docs/benchmarks.md).</summary>
    [Range(1, 4096, ErrorMessage = "Exporter:MaxConnections must be between 1 and 4096.")]
    public int MaxConnections { get; set; } = 64;

    /// <summary>Connections open at once from one source address: Prometheus keeps one, the kubelet opens one
    /// per probe. Lower than MaxConnections, so that one client cannot take the port from the others.</summary>
    [Range(1, 4096, ErrorMessage = "Exporter:MaxConnectionsPerAddress must be between 1 and 4096.")]
    public int MaxConnectionsPerAddress { get; set; } = 8;

    /// <summary>Route templates that become path labels; anything else is "other". Empty: the app's routes.</summary>
    public string[] Routes { get; set; } = [];

    /// <summary>Histogram buckets in seconds; empty: prometheus-net's defaults. The same in every pod.</summary>
    public double[] DurationBuckets { get; set; } = [];
}
