using Orders.Exporter.Parsing;

namespace Orders.Exporter.Pipeline;

/// <summary>Hands each entry to two sinks (tests record entries beside the metrics).</summary>
public sealed class TeeSink(IEntrySink first, IEntrySink second) : IEntrySink
{
    public void Record(in AccessLogEntry entry)
    {
        first.Record(entry);
        second.Record(entry);
    }
}
