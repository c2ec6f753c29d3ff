namespace Orders.Pipeline.Scaling;

/// <summary>
/// KEDA's <c>status.health</c> entry for one trigger's metric and what each read of it returns once fallback is
/// configured (kedacore/keda v2.20.2 pkg/fallback/fallback.go <c>GetMetricsWithFallback</c> L115-175). The entry is
/// keyed by the metric's name, so each trigger of a ScaledObject counts its own failures and falls back on its own:
/// the HPA then takes the largest proposal, the fallback's among the healthy triggers' (keda-advanced.md §b).
/// Every read goes through it, KEDA's own poll and each HPA request alike, so failures are counted per read, not
/// per pollingInterval: with the HPA's 15 s sync and a 15 s poll, about two failures per 15 s. A failed read adds
/// one (<c>IncrementFailure</c>); past the threshold it answers with <see cref="KedaFallback.MetricValue"/> instead of
/// the error; any successful read resets the count to 0 (<c>UpdateHealthStatus</c> to Happy).
/// </summary>
public sealed class FallbackHealth
{
    private readonly KedaFallback? _fallback;
    private readonly HpaMetric _metric;

    /// <param name="fallback">The ScaledObject's fallback, null when it has none or KEDA ignores it.</param>
    /// <param name="metric">What the fallback value is computed against: the trigger's own HPA metric, or with
    /// scalingModifiers the composite metric (its target and type).</param>
    public FallbackHealth(KedaFallback? fallback, HpaMetric metric)
    {
        _fallback = fallback;
        _metric = metric;
    }

    /// <summary>The fallback KEDA applies: with scalingModifiers only while <c>target</c> is a whole number &gt; 0
    /// (fallback.go <c>HasValidFallback</c> parses it with <c>strconv.ParseInt</c>; "2.5" silently disables it).</summary>
    public static KedaFallback? For(ScaledObjectSpec spec) =>
        spec.Modifiers is { } m && !(m.Target > 0 && m.Target == Math.Floor(m.Target)) ? null : spec.Fallback;

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
        return _fallback.MetricValue(_metric, current, current) is { } value
            ? MetricReading.Ok(reading.At, value, reading.RawValue)
            : MetricReading.Failed(reading.At, "error performing fallback (metricType Value with no ready pod): " + reading.Error, reading.RawValue);
    }
}
