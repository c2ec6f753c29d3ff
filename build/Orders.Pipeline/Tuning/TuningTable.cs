using System.Globalization;
using System.Text;
using Orders.Pipeline.Prometheus;

namespace Orders.Pipeline.Tuning;

/// <summary>The study's report: one row per pair, the goals, and the pair chosen by <see cref="TuningResult.Choose"/>.</summary>
public static class TuningTable
{
    public static string Markdown(IReadOnlyList<TuningResult> results, TuningResult? chosen, TuningOptions options, string query, int right)
    {
        var boundary = TuningScenario.BoundaryRate.ToString("0.###", CultureInfo.InvariantCulture);
        var step = TuningScenario.StepRate.ToString("0.###", CultureInfo.InvariantCulture);
        var rates = string.Join(", ", options.SteadyRates.Select(r => r.ToString("0.###", CultureInfo.InvariantCulture)));
        var md = new StringBuilder();
        md.AppendLine("# Scrape interval x query window: time to the right count vs. changes under noise");
        md.AppendLine();
        md.AppendLine(Invariant($"Query (k8s/base, its window replaced): `{query}`. Loads with Poisson arrivals, {options.Seeds} seed(s) each, sampled at every whole-second scrape phase, backfilled into a real Prometheus and replayed at all {Orders.Pipeline.Scaling.KubernetesDefaults.HpaSyncPeriod.TotalSeconds:0} HPA timings (one per whole second of its sync period)."));
        md.AppendLine(Invariant($"Goals: the right count ({right} at {step}/s) in at most {TuningResult.GoalSeconds} s (median over timings) after a step 0 -> {step}/s; at most {TuningResult.GoalChanges} change in the 10 minutes that follow the first 3 of a steady {boundary}/s, at every timing; at least {Orders.Pipeline.Report.QueryWindow.MinimumScrapes} samples per window."));
        md.AppendLine();
        md.AppendLine(Invariant($"| scrape | window | samples per window | s to {right} replicas after 0 -> {step}/s (min / median / max) | overshoot above {right} | changes in 10 min at {boundary}/s (min / median / max) | timings with > 1 change at {boundary}/s | most changes at any steady rate ({rates}/s) | goals |"));
        md.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var r in results)
        {
            var c = r.Candidate;
            var worst = r.Worst is { } w ? Invariant($"{w.Changes} at {w.Rate:0.###}/s") : "-";
            var goals = (r.Candidate.Robust ? "" : "too few samples; ") + (r.MeetsTimeGoal ? "" : "slow; ") + (r.MeetsCalmGoal ? "" : "restless; ");
            goals = goals.Length > 0 ? goals.TrimEnd(' ', ';')
                : ReferenceEquals(r, chosen) ? "**met, chosen**"
                : r.Eligible ? "met"
                : Invariant($"met, without {TuningResult.MarginSeconds} s to spare");
            md.AppendLine(Invariant(
                $"| {PrometheusDuration.Format(c.Scrape)} | {PrometheusDuration.Format(c.Window)} | {c.SamplesPerWindow:0.#} | {r.SecondsToRight.Text()} | {Share(r.Overshoots, r.StepTimings)} | {r.Changes(TuningScenario.BoundaryRate).Text()} | {Share(r.Restless(TuningScenario.BoundaryRate), r.Timings(TuningScenario.BoundaryRate))} | {worst} | {goals} |"));
        }
        md.AppendLine();
        md.AppendLine(chosen is null
            ? "No pair meets both goals with enough samples per window."
            : Invariant($"Chosen: scrape every {PrometheusDuration.Format(chosen.Candidate.Scrape)}, window {PrometheusDuration.Format(chosen.Candidate.Window)} (of the pairs meeting both goals with {TuningResult.MarginSeconds} s to spare on the time, the one that scrapes least often, then the longest window)."));
        return md.ToString();
    }

    private static string Share(int count, int of) =>
        of == 0 ? "-" : Invariant($"{count} of {of} ({100.0 * count / of:0.#}%)");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
