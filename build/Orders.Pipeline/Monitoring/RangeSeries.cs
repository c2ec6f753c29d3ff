namespace Orders.Pipeline.Monitoring;

/// <summary>One series of a range query: its labels and its (Unix seconds, value) points.</summary>
public sealed record RangeSeries(IReadOnlyDictionary<string, string> Labels, IReadOnlyList<(double Time, double Value)> Points);
