namespace Orders.K8s.Tests.Policies;

/// <summary>
/// What the exporter sidecar promises (issue 3 and the contracts between the parts): its image name, the
/// port it serves /metrics on unless Exporter__Port says otherwise, and the metrics it exports.
/// </summary>
public static class ExporterContract
{
    public const string ImageName = "orders-exporter";
    /// <summary>The exporter's own default (<c>Exporter:Port</c>), asked of its options type, not restated.</summary>
    public static int DefaultPort { get; } = new Orders.Exporter.Options.ExporterOptions().Port;
    public const string PortVariable = "Exporter__Port";
    public const string MetricsPath = "/metrics";

    /// <summary>The scaling metric: successful orders.</summary>
    public const string OrderMetric = "product_order_total";

    public static IReadOnlySet<string> ExportedMetrics { get; } = new HashSet<string>
    {
        OrderMetric,
        "http_requests_total",
        "http_request_duration_seconds",
    };

    /// <summary>True when the image is the exporter's, whatever registry and tag the pipeline gave it.</summary>
    public static bool IsExporterImage(string? image)
    {
        var repository = (image ?? string.Empty).Split('@')[0];
        var lastSegment = repository[(repository.LastIndexOf('/') + 1)..];
        return lastSegment.Split(':')[0] == ImageName;
    }
}
