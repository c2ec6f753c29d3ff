namespace Orders.Exporter.State;

/// <summary>One histogram series: per-bucket (not cumulative) counts by upper bound (+Inf last), and the sum.</summary>
public sealed class HistogramValue
{
    public required string Name { get; init; }
    public string[] Labels { get; init; } = [];
    public double[] UpperBounds { get; init; } = [];
    public long[] Counts { get; init; } = [];
    public double Sum { get; init; }
}
