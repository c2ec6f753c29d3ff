using System.Text;
using Orders.Exporter.Parsing;

namespace Orders.Exporter.Tests.Support;

/// <summary>Remembers every entry as "METHOD stem status", to compare with the lines written.</summary>
public sealed class RecordingSink : IEntrySink
{
    public List<string> Entries { get; } = [];

    public void Record(in AccessLogEntry entry) =>
        Entries.Add($"{Encoding.UTF8.GetString(entry.Method)} {Encoding.UTF8.GetString(entry.UriStem)} {entry.Status}");
}
