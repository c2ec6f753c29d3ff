namespace Orders.Exporter.Metrics;

/// <summary>The result label of accesslog_lines_total.</summary>
public enum LineResult
{
    Parsed,
    Malformed,
    TooLong,
    Header,
}
