using System.Globalization;
using System.Text;
using Orders.Pipeline.Report;

namespace Orders.Pipeline.Replay;

/// <summary>
/// The production-history table of a replay's <c>report.md</c>: one row per ScaledObject, current and proposed side
/// by side, each figure min / median / max over the HPA timings, over the whole range (issue 24: what a platform
/// engineer weighs, whether or not the range holds a load step).
/// </summary>
public static class HistoryTable
{
    public static void AppendTo(StringBuilder md, IEnumerable<ReplayedScaledObject> runs, int rangeSeconds)
    {
        md.AppendLine("| ScaledObject | min..max | replica-hours | time under capacity | share of time under capacity | replica-hours above the need | replica changes | per day | time at maxReplicaCount |");
        md.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var run in runs)
        {
            var h = run.History;
            md.AppendLine(Inv($"| {run.Label} (`{run.Source}`) | {run.Spec.MinReplicaCount}..{run.Spec.MaxReplicaCount} | {h.ReplicaHours.Text("0.#")} | {h.UnderCapacitySeconds.Text("0", " s")} | {Percent(h.UnderCapacityShare)} | {h.ReplicaHoursAboveNeed.Text("0.#")} | {h.ScaleEvents.Text("0")} | {h.ScaleEventsPerDay.Text("0.#")} | {h.SecondsAtMax.Text("0", " s")} |"));
        }
        md.AppendLine();
        md.AppendLine(Inv($"Over the whole range ({rangeSeconds / 3600.0:0.##} h). The need at each second is the lowest count the HPA holds at the query's value then"));
        md.AppendLine("(tolerance included, within min..max; 0 where a ScaledObject with minReplicaCount 0 would be inactive): under capacity is fewer");
        md.AppendLine("replicas than that, counted before a new pod is ready, so a cluster's is longer by the pods' start time; the share is of the seconds with a");
        md.AppendLine("value. Replica-hours above the need are what the count held beyond it (stabilization windows, step policies).");
    }

    private static string Percent(ValueRange share) => (share with { Min = share.Min * 100, Median = share.Median * 100, Max = share.Max * 100 }).Text("0.###", " %");

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
