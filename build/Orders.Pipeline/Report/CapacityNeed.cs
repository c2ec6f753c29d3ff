using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Report;

/// <summary>
/// The replicas the query's value needs at each reading: the right count the HPA would hold at a steady value
/// (<see cref="ScaledObjectSpec.ReplicasFor(double, ModelVersions?)"/>, tolerance included, within min..max), and 0
/// where KEDA would deactivate a ScaledObject that may scale to zero (the value at or under activationThreshold).
/// <see cref="Unknown"/> where Prometheus had no value: no figure counts those readings as under or over.
/// </summary>
public static class CapacityNeed
{
    public const int Unknown = -1;

    public static int[] Of(ScaledObjectSpec spec, IReadOnlyList<double?> values, ModelVersions versions)
    {
        var need = new int[values.Count];
        // Gauges and flat stretches repeat values: each distinct one is worked out once.
        var known = new Dictionary<double, int>();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } value || !double.IsFinite(value))
            {
                need[i] = Unknown;
                continue;
            }
            if (!known.TryGetValue(value, out var n))
            {
                known[value] = n = For(spec, value, versions);
            }
            need[i] = n;
        }
        return need;
    }

    /// <param name="value">The first HPA metric's value: the first trigger's query, or the scalingModifiers composite
    /// (then activationTarget decides activation). With several triggers this is the first one's need alone.</param>
    public static int For(ScaledObjectSpec spec, double value, ModelVersions versions) =>
        spec.MinReplicaCount == 0 && value <= (spec.Modifiers?.ActivationTarget ?? spec.FirstTrigger.ActivationThreshold) ? 0 : spec.ReplicasFor(value, versions);
}
