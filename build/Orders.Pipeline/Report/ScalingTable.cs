using System.Globalization;
using System.Text;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Report;

/// <summary>
/// The ScaledObjects table of <c>report.md</c>, Local's and the replay's: per ScaledObject its query, threshold
/// and bounds beside its figures (ranges over the HPA timings). Only the wording of two headers differs.
/// </summary>
public static class ScalingTable
{
    /// <param name="timeTo">How the time columns start: "time to" (Local) or "to" (replay).</param>
    public static void AppendTo(StringBuilder md, int rightReplicas, IEnumerable<(ScaledObjectRun Run, ScalingRanges Ranges)> rows, string timeTo) =>
        AppendTo(md, rightReplicas, rows.Select(r => (r.Run.Label, r.Run.Source, r.Run.Spec, r.Ranges)), timeTo);

    public static void AppendTo(
        StringBuilder md, int rightReplicas, IEnumerable<(string Label, string Source, ScaledObjectSpec Spec, ScalingRanges Ranges)> rows, string timeTo)
    {
        md.AppendLine(Inv($"| ScaledObject | query | threshold | min..max | peak replicas | {timeTo} peak | {timeTo} {rightReplicas} replicas | back to min after the load |"));
        md.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var (label, source, spec, r) in rows)
        {
            md.AppendLine(Inv($"| {label} (`{source}`) | `{Metrics(spec).Replace("|", "\\|", StringComparison.Ordinal)}` | {string.Join(" / ", spec.Metrics.Select(m => m.Target))} | {spec.MinReplicaCount}..{spec.MaxReplicaCount} | {r.PeakReplicas.Text()} | {r.SecondsToPeak.Text(" s", "never scaled up")} | {r.SecondsToRight.Text(" s")} | {BackToMin(r)} |"));
        }
    }

    /// <summary>The back-to-min range, or why there is none: never above min, or not within what was observed.</summary>
    public static string BackToMin(ScalingRanges ranges) =>
        ranges.PeakReplicas.Max is { } peak && peak > ranges.MinReplicas
            ? ranges.SecondsBackToMin.Min is null
                ? Inv($"not within the {ranges.ObservedAfterLoad.TotalSeconds:0} s observed")
                : ranges.SecondsBackToMin.Text(" s", "not yet")
            : "(never above min)";

    /// <summary>What the HPA reads: the query, each trigger's query (thresholds in the next column, in the same
    /// order), or the scalingModifiers formula over the named triggers.</summary>
    private static string Metrics(ScaledObjectSpec spec) => spec.Modifiers is { } m
        ? $"{m.Formula} over " + string.Join("; ", spec.Triggers.Select(t => $"{t.Name} = {t.Query}"))
        : string.Join("; ", spec.Triggers.Select(t => t.Query));

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
