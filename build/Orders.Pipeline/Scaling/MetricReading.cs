namespace Orders.Pipeline.Scaling;

/// <summary>What the HPA gets from KEDA's metrics server at one instant: a value, or the error KEDA reports
/// (then the HPA sets ScalingActive=False and does not scale). <see cref="RawValue"/> is the query's own
/// answer before KEDA's ignoreNullValues rule (null: empty result), kept for the report.</summary>
public sealed record MetricReading(DateTimeOffset At, double? Value, double? RawValue, string? Error)
{
    public static MetricReading Ok(DateTimeOffset at, double value, double? raw) => new(at, value, raw, null);

    public static MetricReading Failed(DateTimeOffset at, string error, double? raw = null) => new(at, null, raw, error);
}
