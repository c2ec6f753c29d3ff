namespace Orders.Pipeline.Scaling;

/// <summary>A trigger's <c>metricType</c>: how the HPA compares the value to the threshold.</summary>
public enum MetricTargetType
{
    /// <summary>KEDA's default: desired = ceil(value / threshold), whatever the current replica count.</summary>
    AverageValue,

    /// <summary>desired = ceil(currentReplicas × value / threshold).</summary>
    Value,
}
