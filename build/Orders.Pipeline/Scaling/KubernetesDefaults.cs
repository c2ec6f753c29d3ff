namespace Orders.Pipeline.Scaling;

/// <summary>
/// The Kubernetes defaults the HPA model reproduces, each from the upstream file that sets it. A cluster whose
/// kube-controller-manager overrides a flag behaves differently; managed clusters (GKE, EKS, AKS) keep these.
/// </summary>
public static class KubernetesDefaults
{
    /// <summary><c>--horizontal-pod-autoscaler-sync-period</c>: how often the HPA controller reconciles. Set in
    /// kubernetes pkg/controller/podautoscaler/config/v1alpha1/defaults.go (the flag itself in
    /// cmd/kube-controller-manager/app/options/hpacontroller.go).</summary>
    public static readonly TimeSpan HpaSyncPeriod = TimeSpan.FromSeconds(15);

    /// <summary><c>--horizontal-pod-autoscaler-downscale-stabilization</c>: the scale-down window when a
    /// HorizontalPodAutoscaler sets none (5 minutes). Same files as <see cref="HpaSyncPeriod"/>.</summary>
    public static readonly TimeSpan DownscaleStabilizationWindow = TimeSpan.FromSeconds(300);

    /// <summary><c>--horizontal-pod-autoscaler-tolerance</c>: no change while |usage ratio - 1| is within it.
    /// Same files as <see cref="HpaSyncPeriod"/>; a behavior's own <c>tolerance</c> overrides it per direction.</summary>
    public const double Tolerance = 0.1;

    /// <summary>The <c>periodSeconds</c> of the default scaling policies (scale-up 4 pods or 100 %, scale-down
    /// 100 %, each per 15 s). Set in kubernetes pkg/apis/autoscaling/v2/defaults.go.</summary>
    public static readonly TimeSpan ScalingPolicyPeriod = TimeSpan.FromSeconds(15);
}
