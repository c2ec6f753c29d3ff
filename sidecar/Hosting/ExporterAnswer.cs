namespace Orders.Exporter.Hosting;

/// <summary>What the exporter answers to one request, whatever server carries it.</summary>
public readonly record struct ExporterAnswer(int Status, string ContentType, ReadOnlyMemory<byte> Body, string? Allow = null);
