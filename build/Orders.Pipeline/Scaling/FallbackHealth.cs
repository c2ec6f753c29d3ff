namespace Orders.Pipeline.Scaling;

/// <summary>
/// KEDA's <c>status.health</c> entry for the trigger's metric and what each read of it returns once fallback is
/// configured (kedacore/keda v2.20.2 pkg/fallback/fallback.go <c>GetMetricsWithFallback</c> L115-175). Every read
/// goes through it, KEDA's own poll and each HPA request alike, so failures are counted per read, not per
/// pollingInterval: with the HPA's 15 s sync and a 15 s poll, about two failures per 15 s. A failed read adds one
/// (<c>IncrementFailure</c>); past the threshold it answers with <see cref="KedaFallback.MetricValue"/> instead of the
/// error; any successful read resets the count to 0 (<c>UpdateHealthStatus</c> to Happy).
/// </summary>
public sealed class FallbackHealth
{
    private readonly KedaFallback? _fallback;
    private readonly PrometheusTrigger _trigger;

    public FallbackHealth(ScaledObjectSpec spec)
    {
        _fallback = spec.Fallback;
        _trigger = spec.Trigger;
    }

    /// <summary>Consecutive failed reads (KEDA's <c>numberOfFailures</c>).</summary>
    public int Failures { get; private set; }

    /// <summary>True while the failures exceed the threshold: KEDA's condition <c>Fallback=True</c>.</summary>
    public bool InForce => _fallback is not null && _fallback.InForceAfter(Failures);

    /// <summary>One read of the metric with <paramref name="current"/> replicas (also taken as the ready pods):
    /// the reading unchanged, or the fallback value in place of an error.</summary>
    public MetricReading Read(MetricReading reading, int current)
    {
        if (_fallback is null)
        {
            return reading; // no fallback: KEDA leaves status.health alone and passes the error on
        }
        if (reading.Value is not null)
        {
            Failures = 0;
            return reading;
        }
        Failures++;
        if (!InForce)
        {
            return reading;
        }
        return _fallback.MetricValue(_trigger, current, current) is { } value
            ? MetricReading.Ok(reading.At, value, reading.RawValue)
            : MetricReading.Failed(reading.At, "error performing fallback (metricType Value with no ready pod): " + reading.Error, reading.RawValue);
    }
}
