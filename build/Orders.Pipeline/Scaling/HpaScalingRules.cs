namespace Orders.Pipeline.Scaling;

/// <summary>
/// <c>behavior.scaleUp</c> or <c>behavior.scaleDown</c> as written: a null field was left out. The HPA fills
/// the gaps from its defaults (k8s pkg/apis/autoscaling/v2/defaults.go): scale-up 0 s window, policies
/// Pods 4 / Percent 100 per <see cref="KubernetesDefaults.ScalingPolicyPeriod"/>, Max; scale-down Percent 100 per
/// that period, Max, and a null window that the controller reads as its
/// --horizontal-pod-autoscaler-downscale-stabilization (<see cref="KubernetesDefaults.DownscaleStabilizationWindow"/>).
/// </summary>
public sealed record HpaScalingRules(
    TimeSpan? StabilizationWindow = null,
    SelectPolicy? Select = null,
    IReadOnlyList<HpaScalingPolicy>? Policies = null,
    double? Tolerance = null)
{
    public static HpaScalingRules DefaultScaleUp { get; } = new(
        TimeSpan.Zero,
        SelectPolicy.Max,
        [new(ScalingPolicyType.Pods, 4, KubernetesDefaults.ScalingPolicyPeriod), new(ScalingPolicyType.Percent, 100, KubernetesDefaults.ScalingPolicyPeriod)]);

    public static HpaScalingRules DefaultScaleDown { get; } = new(
        null,
        SelectPolicy.Max,
        [new(ScalingPolicyType.Percent, 100, KubernetesDefaults.ScalingPolicyPeriod)]);

    /// <summary>These rules with every left-out field taken from <paramref name="defaults"/>.</summary>
    public HpaScalingRules Over(HpaScalingRules defaults) => new(
        StabilizationWindow ?? defaults.StabilizationWindow,
        Select ?? defaults.Select,
        Policies ?? defaults.Policies,
        Tolerance ?? defaults.Tolerance);
}
