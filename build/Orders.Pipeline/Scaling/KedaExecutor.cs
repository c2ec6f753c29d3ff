namespace Orders.Pipeline.Scaling;

/// <summary>
/// What KEDA's operator does with a poll's outcome (kedacore/keda v2.20.2 pkg/scaling/executor/scale_scaledobjects.go
/// <c>RequestScale</c> L37-118, <c>scaleToZeroOrIdle</c> L189-238, <c>scaleFromZeroOrIdle</c> L240-290). Active:
/// from 0 (or below min in idle mode) to minReplicaCount, or 1 when it is 0; otherwise lastActiveTime is refreshed,
/// unless a trigger failed (PartialTriggerError). Inactive: a failing trigger holds the count when there is no
/// fallback, or a fallback with replicas other than 0 (the executor waits for it); with <c>fallback.replicas: 0</c>
/// that guard does not apply and the target goes to idleReplicaCount (else minReplicaCount, 0) once
/// lastActiveTime + cooldownPeriod is past, as KEDA does, until the fallback's own activation brings it back to 1.
/// </summary>
public static class KedaExecutor
{
    /// <summary>The replica count after the poll, the reason (KEDA's condition reasons or events), and whether
    /// <c>status.lastActiveTime</c> is set to now.</summary>
    public static (int Replicas, string Reason, bool Refreshed) RequestScale(
        ScaledObjectSpec spec, bool active, bool error, int current, DateTimeOffset lastActive, DateTimeOffset now)
    {
        var min = spec.MinReplicaCount;
        var idle = spec.IdleReplicaCount;
        if (active)
        {
            if ((idle is not null && current < min) || current == 0)
            {
                return (min > 0 ? min : 1, current == 0 ? "ScaledFromZero" : "ScaledFromIdle", true);
            }
            return error ? (current, "PartialTriggerError", false) : (current, "Active", true);
        }
        if (error && spec.Fallback is { Replicas: not 0 })
        {
            return (current, "TriggerError (waiting for the fallback)", false);
        }
        if (error && spec.Fallback is null)
        {
            return (current, "TriggerError", false);
        }
        if ((idle is { } i && current > i) || (current > 0 && min == 0))
        {
            return lastActive + spec.Cooldown < now
                ? (idle ?? min, idle is null ? "ScaledToZeroAfterCooldown" : "ScaledToIdleAfterCooldown", false)
                : (current, "ScalerCooldown", false);
        }
        if (idle is null && current < min)
        {
            return (min, "ScaledToMinReplicaCount", false);
        }
        return (current, "NotActive", false);
    }
}
