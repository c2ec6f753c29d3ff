namespace Orders.Pipeline.Scaling;

/// <summary>The prometheus trigger of a ScaledObject, with KEDA's defaults for what it leaves out.</summary>
public sealed record PrometheusTrigger(
    string ServerAddress,
    string Query,
    double Threshold,
    double ActivationThreshold = 0,
    bool IgnoreNullValues = true,
    MetricTargetType MetricType = MetricTargetType.AverageValue,
    bool UseCachedMetrics = false);
