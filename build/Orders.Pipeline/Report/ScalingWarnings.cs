using System.Globalization;
using Orders.Pipeline.Replay;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Report;

/// <summary>
/// What a ScaledObject gets wrong or risks, each warning saying why and what to change. Read from the spec,
/// from what the replay did (<see cref="ScalingRanges"/>) and, when known, the Prometheus scrape intervals; the
/// query's own warnings come from its syntax tree (<see cref="QueryLint"/>).
/// </summary>
public static class ScalingWarnings
{
    public static IReadOnlyList<string> For(ScaledObjectSpec spec, ScalingRanges? ranges, PrometheusScrapeInterval? scrape)
    {
        var trigger = spec.FirstTrigger;
        var warnings = QueryLint.For(trigger, scrape).ToList();
        if (spec.CooldownPeriod is not null && spec.MinReplicaCount >= 1)
        {
            warnings.Add($"cooldownPeriod {spec.Cooldown.TotalSeconds:0} s is set but minReplicaCount is {spec.MinReplicaCount}: it only governs scaling to zero and does nothing here. Remove it; set behavior.scaleDown.stabilizationWindowSeconds to change how fast the count comes down.");
        }
        if (spec.Behavior is null)
        {
            var downWindow = KubernetesDefaults.DownscaleStabilizationWindow;
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"no HPA behavior: the HPA's default {downWindow.TotalSeconds:0} s scale-down window applies, so the count stays up {downWindow.TotalMinutes:0} minutes after the load. Set spec.advanced.horizontalPodAutoscalerConfig.behavior.scaleDown.stabilizationWindowSeconds."));
        }
        if (trigger.IgnoreNullValues)
        {
            warnings.Add("ignoreNullValues is true (KEDA's default): a Prometheus outage or an empty result reads as 0 and scales a loaded service down to min. Set ignoreNullValues: \"false\" so an empty result is an error and the HPA holds its count.");
        }
        if (trigger.ActivationThreshold >= trigger.Threshold)
        {
            warnings.Add($"activationThreshold {trigger.ActivationThreshold} is not below threshold {trigger.Threshold}: from zero, KEDA activates only once the value already asks for more than one replica. Lower activationThreshold.");
        }
        if (ranges is { PeakReplicas.Max: { } peak } && peak >= spec.MaxReplicaCount)
        {
            warnings.Add($"the replay reached maxReplicaCount ({spec.MaxReplicaCount}): the load may have needed more, so capacity may be short. Raise maxReplicaCount if the nodes allow it.");
        }
        return warnings;
    }
}
