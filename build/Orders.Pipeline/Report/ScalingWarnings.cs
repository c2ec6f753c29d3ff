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
        var warnings = new List<string>();
        // Each trigger is judged on its own, named when there are several. With scalingModifiers the triggers'
        // activationThresholds do not reach KEDA's activation, so they are not judged.
        for (var i = 0; i < spec.Triggers.Count; i++)
        {
            var trigger = spec.Triggers[i];
            var which = spec.Triggers.Count == 1 ? "" : $"spec.triggers[{i}]" + (trigger.Name is null ? "" : $" ('{trigger.Name}')") + ": ";
            warnings.AddRange(QueryLint.For(trigger, scrape).Select(w => which + w));
            if (trigger.IgnoreNullValues)
            {
                warnings.Add(which + "ignoreNullValues is true (KEDA's default): a Prometheus outage or an empty result reads as 0 and scales a loaded service down to min. Set ignoreNullValues: \"false\" so an empty result is an error and the HPA holds its count.");
            }
            if (spec.Modifiers is null && trigger.ActivationThreshold >= trigger.Threshold)
            {
                warnings.Add($"{which}activationThreshold {trigger.ActivationThreshold} is not below threshold {trigger.Threshold}: from zero, KEDA activates only once the value already asks for more than one replica. Lower activationThreshold.");
            }
        }
        if (spec.CooldownPeriod is not null && spec.MinReplicaCount >= 1 && spec.IdleReplicaCount is null)
        {
            warnings.Add($"cooldownPeriod {spec.Cooldown.TotalSeconds:0} s is set but minReplicaCount is {spec.MinReplicaCount}: it only governs scaling to zero and does nothing here. Remove it; set behavior.scaleDown.stabilizationWindowSeconds to change how fast the count comes down.");
        }
        if (spec.Behavior is null)
        {
            var downWindow = KubernetesDefaults.DownscaleStabilizationWindow;
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"no HPA behavior: the HPA's default {downWindow.TotalSeconds:0} s scale-down window applies, so the count stays up {downWindow.TotalMinutes:0} minutes after the load. Set spec.advanced.horizontalPodAutoscalerConfig.behavior.scaleDown.stabilizationWindowSeconds."));
        }
        if (ranges is { PeakReplicas.Max: { } peak } && peak >= spec.MaxReplicaCount)
        {
            warnings.Add($"the replay reached maxReplicaCount ({spec.MaxReplicaCount}): the load may have needed more, so capacity may be short. Raise maxReplicaCount if the nodes allow it.");
        }
        return warnings;
    }
}
