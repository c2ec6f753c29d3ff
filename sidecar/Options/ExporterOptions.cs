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

    /// <summary>Route templates that become path labels; anything else is "other". Empty: the app's routes.</summary>
    public string[] Routes { get; set; } = [];

    /// <summary>Histogram buckets in seconds; empty: prometheus-net's defaults. The same in every pod.</summary>
    public double[] DurationBuckets { get; set; } = [];
}
