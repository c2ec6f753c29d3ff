namespace Orders.Pipeline.Scaling;

/// <summary>
/// The value of a ScaledObject's first HPA metric (<see cref="ScaledObjectSpec.Metrics"/>[0]) at each reading, the
/// one a report draws and measures the right count against: the first trigger's query as Prometheus answered it
/// (null where it had none), or with scalingModifiers the composite the formula makes of every trigger's value
/// (null where one has none).
/// </summary>
public static class FirstMetricValues
{
    /// <param name="perTrigger">Each trigger's readings, by trigger index, all of the same length.</param>
    public static double?[] Of(ScaledObjectSpec spec, IReadOnlyList<IReadOnlyList<MetricReading>> perTrigger, ModelVersions versions)
    {
        var first = perTrigger[0];
        var values = new double?[first.Count];
        if (spec.Modifiers is not { } modifiers)
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = first[i].RawValue;
            }
            return values;
        }
        var none = new bool[perTrigger.Count];
        var now = new MetricReading[perTrigger.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var missing = false;
            for (var t = 0; t < now.Length; t++)
            {
                now[t] = perTrigger[t][i];
                missing |= now[t].RawValue is null;
            }
            values[i] = missing ? null : CompositeMetric.Read(modifiers, now, none, first[i].At, versions).Value;
        }
        return values;
    }
}
