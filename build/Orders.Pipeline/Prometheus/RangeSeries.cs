namespace Orders.Pipeline.Prometheus;

/// <summary>One series of a range query: its labels and its (time, value) points, NaN and ±Inf included as
/// Prometheus writes them.</summary>
public sealed record RangeSeries(IReadOnlyDictionary<string, string> Labels, IReadOnlyList<(DateTimeOffset At, double Value)> Points);
