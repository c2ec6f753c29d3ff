using Orders.Exporter.Parsing;

namespace Orders.Exporter.Pipeline;

/// <summary>The format state of one followed file: the #Fields map in force, and what was already said about it.</summary>
internal sealed class FileFormat
{
    public W3CFieldMap? Fields { get; set; }
    public long Lag { get; set; }
}
