namespace Orders.Exporter.Metrics;

/// <summary>Label names, each in one place.</summary>
public static class MetricLabels
{
    public static readonly string[] Request = ["method", "path", "status"];
    public static readonly string[] Duration = ["method", "path"];
    public static readonly string[] LineResult = ["result"];
    public static readonly string[] Field = ["field"];
    public static readonly string[] Operation = ["operation"];
    public static readonly string[] RefusalReason = ["reason"];
}
