namespace Orders.Pipeline.Scaling;

/// <summary>
/// The value of scalingModifiers' <c>composite-metric</c> from the triggers' reads (kedacore/keda v2.20.2
/// pkg/scaling/modifiers/formula.go <c>HandleScalingModifiers</c>, <c>calculateScalingModifiersFormula</c>; the HPA
/// request in pkg/scaling/scale_handler.go <c>GetScaledObjectMetrics</c> L585-779). While any trigger is on fallback
/// the composite is that fallback value (computed against the composite's target), the formula not run. Otherwise a
/// failed trigger fails the composite ("metric:composite-metric encountered error"). Otherwise the formula runs on
/// the values as KEDA sends them (milli-units: rounded to 0.001 and, from 2.20.2, negatives as 0) and its result
/// is truncated to milli-units, not clamped.
/// </summary>
public static class CompositeMetric
{
    /// <param name="reads">Each trigger's read after its fallback.</param>
    /// <param name="fallbackApplied">Per trigger: this read is the fallback's value.</param>
    public static MetricReading Read(
        ScalingModifiers modifiers, IReadOnlyList<MetricReading> reads, IReadOnlyList<bool> fallbackApplied, DateTimeOffset at, ModelVersions versions)
    {
        for (var i = 0; i < reads.Count; i++)
        {
            if (fallbackApplied[i])
            {
                return MetricReading.Ok(at, reads[i].Value!.Value, null);
            }
        }
        if (reads.FirstOrDefault(r => r.Value is null) is { } failed)
        {
            return MetricReading.Failed(at, $"metric:{ScalingModifiers.MetricName} encountered error ({failed.Error})");
        }
        var values = reads.Select(r => KedaQuantity.ToMilli(r.Value!.Value, versions) / 1000.0).ToArray();
        var result = modifiers.Formula.Evaluate(values);
        if (!double.IsFinite(result))
        {
            return MetricReading.Failed(at, $"the formula '{modifiers.Formula}' gave {result} (KEDA would send an undefined int64 of it)");
        }
        var composite = ScalingModifiers.CompositeValue(result);
        return MetricReading.Ok(at, composite, composite);
    }
}
