namespace Orders.Pipeline.Scaling;

/// <summary>
/// KEDA's defaults for a ScaledObject field left out, as its API documents them: the ScaledObject spec, kedacore/keda
/// apis/keda/v1alpha1/scaledobject_types.go (where a nil pollingInterval or cooldownPeriod reads as below, and
/// defaultHPAMaxReplicas is 100), documented in keda-docs' reference/scaledobject-spec.md.
/// </summary>
public static class KedaDefaults
{
    /// <summary><c>pollingInterval</c>: how often KEDA's operator polls the trigger for activation.</summary>
    public static readonly TimeSpan PollingInterval = TimeSpan.FromSeconds(30);

    /// <summary><c>cooldownPeriod</c>: how long after the last active poll KEDA scales to zero (only when
    /// minReplicaCount is 0).</summary>
    public static readonly TimeSpan CooldownPeriod = TimeSpan.FromSeconds(300);

    public const int MinReplicaCount = 0;

    public const int MaxReplicaCount = 100;
}
