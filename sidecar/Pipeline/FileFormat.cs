using Orders.Exporter.Parsing;

namespace Orders.Exporter.Pipeline;

/// <summary>The state kept per followed file: the #Fields map in force, and its unread bytes (for the lag).</summary>
internal sealed class FileFormat
{
    public W3CFieldMap? Fields { get; set; }
    public long Lag { get; set; }
}
