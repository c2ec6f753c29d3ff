namespace Orders.Pipeline.Scaling;

/// <summary><c>spec.advanced.horizontalPodAutoscalerConfig.behavior</c>, which KEDA copies into its HPA unchanged.</summary>
public sealed record HpaBehavior(HpaScalingRules? ScaleUp, HpaScalingRules? ScaleDown)
{
    /// <summary>Both directions with the HPA's defaults filled in, as the API server stores them.</summary>
    public HpaBehavior WithDefaults() => new(
        (ScaleUp ?? HpaScalingRules.DefaultScaleUp).Over(HpaScalingRules.DefaultScaleUp),
        (ScaleDown ?? HpaScalingRules.DefaultScaleDown).Over(HpaScalingRules.DefaultScaleDown));
}
