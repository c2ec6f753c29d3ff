namespace Orders.Exporter.State;

/// <summary>One counter or gauge series: its metric name, label values (in the metric's label order), value.</summary>
public sealed class SeriesValue
{
    public required string Name { get; init; }
    public string[] Labels { get; init; } = [];
    public double Value { get; init; }
}
