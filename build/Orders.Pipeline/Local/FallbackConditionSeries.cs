using System.Globalization;
using System.Text;
using Orders.Pipeline.Monitoring;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Local;

/// <summary>
/// The ScaledObject's condition Fallback as kube-state-metrics would have exported it during a Local run, in
/// OpenMetrics text for <c>promtool tsdb create-blocks-from openmetrics</c>: Local has no cluster, so the model's
/// fallback state (<see cref="ModelStep.Fallback"/>, which KEDA writes to the condition on the read that changes
/// it) stands in for KEDA's. One sample per kube-state-metrics scrape interval, 1 while in force and 0 otherwise
/// (KEDA sets Fallback=False while healthy), over the whole run, including a --chaos outage: what a Prometheus that
/// stayed up would hold (the other of an HA pair, or one KEDA does not query). The one KEDA queries records nothing
/// while it is down; <see cref="ChaosFindings"/> says which part of the alert's view that leaves.
/// </summary>
public static class FallbackConditionSeries
{
    public static string Render(ScaledObjectConditionMetric metric, ScaledObjectSpec spec, string @namespace, IReadOnlyList<ModelStep> steps,
        DateTimeOffset from, DateTimeOffset to)
    {
        var labels = string.Join(",", metric.ResourceLabels.Select(l => $"{l.Key}=\"{l.Value}\"")
            .Append($"{metric.NamespaceLabel}=\"{@namespace}\"")
            .Append($"{metric.ObjectLabel}=\"{spec.Name}\"")
            .Append($"{metric.ConditionLabel}=\"Fallback\""));
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"# HELP {metric.Name} {metric.Help}\n")
            .Append(CultureInfo.InvariantCulture, $"# TYPE {metric.Name} gauge\n");
        for (var at = from; at <= to; at += metric.ScrapeInterval)
        {
            var inForce = steps.LastOrDefault(s => s.At <= at)?.Fallback ?? false;
            text.Append(CultureInfo.InvariantCulture, $"{metric.Name}{{{labels}}} {(inForce ? 1 : 0)} {at.ToUnixTimeMilliseconds() / 1000.0:0.000}\n");
        }
        return text.Append("# EOF\n").ToString();
    }
}
