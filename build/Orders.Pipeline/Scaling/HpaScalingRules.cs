namespace Orders.Pipeline.Scaling;

/// <summary>
/// <c>behavior.scaleUp</c> or <c>behavior.scaleDown</c> as written: a null field was left out. The HPA fills
/// the gaps from its defaults (k8s pkg/apis/autoscaling/v2/defaults.go): scale-up 0 s window, policies
/// Pods 4 / Percent 100 per 15 s, Max; scale-down Percent 100 per 15 s, Max, and a null window that the
/// controller reads as its --horizontal-pod-autoscaler-downscale-stabilization (300 s).
/// </summary>
public sealed record HpaScalingRules(
    TimeSpan? StabilizationWindow = null,
    SelectPolicy? Select = null,
    IReadOnlyList<HpaScalingPolicy>? Policies = null,
    double? Tolerance = null)
{
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromSeconds(15);

    public static HpaScalingRules DefaultScaleUp { get; } = new(
        TimeSpan.Zero,
        SelectPolicy.Max,
        [new(ScalingPolicyType.Pods, 4, DefaultPeriod), new(ScalingPolicyType.Percent, 100, DefaultPeriod)]);

    public static HpaScalingRules DefaultScaleDown { get; } = new(
        null,
        SelectPolicy.Max,
        [new(ScalingPolicyType.Percent, 100, DefaultPeriod)]);

    /// <summary>These rules with every left-out field taken from <paramref name="defaults"/>.</summary>
    public HpaScalingRules Over(HpaScalingRules defaults) => new(
        StabilizationWindow ?? defaults.StabilizationWindow,
        Select ?? defaults.Select,
        Policies ?? defaults.Policies,
        Tolerance ?? defaults.Tolerance);
}
