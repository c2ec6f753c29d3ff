namespace Orders.Pipeline.Scaling;

/// <summary>
/// One metric of the HPA KEDA creates: per prometheus trigger <c>s{i}-prometheus</c> with the trigger's threshold,
/// or the one <c>composite-metric</c> of scalingModifiers with its target (controllers/keda/hpa.go
/// <c>getScaledObjectMetricSpecs</c>). The HPA computes a proposal per metric and keeps the largest.
/// </summary>
public sealed record HpaMetric(string Name, MetricTargetType Type, double Target);
