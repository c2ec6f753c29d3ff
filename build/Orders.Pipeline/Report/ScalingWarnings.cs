using System.Globalization;
using System.Text.RegularExpressions;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Report;

/// <summary>
/// What a ScaledObject gets wrong or risks, each warning saying why and what to change. Read from the spec,
/// from what the replay did (<see cref="ScalingRanges"/>) and, when known, the Prometheus scrape interval.
/// </summary>
public static partial class ScalingWarnings
{
    public static IReadOnlyList<string> For(ScaledObjectSpec spec, ScalingRanges? ranges, TimeSpan? scrapeInterval)
    {
        var warnings = new List<string>();
        var trigger = spec.Trigger;
        if (scrapeInterval is { } scrape && QueryWindow.Of(trigger.Query) is { } window && window < QueryWindow.MinimumScrapes * scrape)
        {
            warnings.Add($"the query's range window ({window.TotalSeconds:0} s) is under {QueryWindow.MinimumScrapes} scrape intervals ({scrape.TotalSeconds:0} s each): rate() can find fewer than 2 samples and return nothing, which KEDA reads as 0 (or, with ignoreNullValues false, as an error that freezes the count). Use a window of at least {QueryWindow.MinimumScrapes * scrape.TotalSeconds:0} s.");
        }
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
        if (!SelectsLabels().IsMatch(trigger.Query))
        {
            warnings.Add("the query selects no label (no {...}): every workload's series with that name add up, other namespaces' included. Select the workload, e.g. {namespace=\"…\"}.");
        }
        if (trigger.MetricType == MetricTargetType.Value && SumsOver().IsMatch(trigger.Query))
        {
            warnings.Add("metricType Value on a query that sums over pods: the HPA asks for ratio × current pods, so the sum over more pods asks for still more (runaway growth). Use AverageValue (the default): desired = ceil(sum / threshold).");
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

    [GeneratedRegex(@"\{\s*[a-zA-Z_]")]
    private static partial Regex SelectsLabels();

    [GeneratedRegex(@"\bsum\b")]
    private static partial Regex SumsOver();
}
