namespace Orders.Pipeline.Prometheus;

/// <summary>One element of an instant query's result: its labels and value (NaN and ±Inf included, as
/// Prometheus writes them: "NaN", "+Inf", "-Inf").</summary>
public sealed record PrometheusSample(IReadOnlyDictionary<string, string> Labels, DateTimeOffset Timestamp, double Value);
