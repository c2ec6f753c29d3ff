namespace Orders.Exporter.Parsing;

/// <summary>Receives each parsed entry; the metrics stage implements it, tests add a recording one.</summary>
public interface IEntrySink
{
    void Record(in AccessLogEntry entry);
}
