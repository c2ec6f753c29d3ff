using System.Globalization;
using System.Text;
using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Report;

namespace Orders.Pipeline.Tuning;

/// <summary>The study's report: one row per pair, the goals, and the pair chosen by <see cref="TuningResult.Choose"/>.</summary>
public static class TuningTable
{
    public static string Markdown(IReadOnlyList<TuningResult> results, TuningResult? chosen, TuningOptions options, string query, int right)
    {
        var step = Rate(TuningScenario.StepRate);
        var judged = ScrapeFaults.Judged.Percent;
        var bands = TuningScenario.CalmBands.Select(b => $"{Rate(b.From)}-{Rate(b.To)}/s").ToList();
        var md = new StringBuilder();
        md.AppendLine("# Scrape interval x query window: time to the right count vs. calm under noise");
        md.AppendLine();
        md.AppendLine(Invariant($"Query (k8s/base, its window replaced): `{query}`. Loads with Poisson arrivals, {options.Seeds} seeds; each seed's counter starts warm ({TuningData.WarmStart:N0}) and is scraped from a millisecond phase of its own, with none, {string.Join(" and ", ScrapeFaults.Levels.Skip(1).Select(f => f.Percent))} of the scrapes dropped and as many late (by up to half an interval). Backfilled into a real Prometheus and read at KEDA's whole-second query times, which no sample sits on, so Prometheus 2.x's closed windows and 3.x's left-open ones hold the same samples. Replayed at all {Scaling.KubernetesDefaults.HpaSyncPeriod.TotalSeconds:0} HPA timings; modelled: {options.Versions.Describe()}."));
        md.AppendLine(Invariant($"Times are each seed's median over its HPA timings, then min / median / max over seeds. Shares count timings, with a 95 % Wilson interval over seeds (a seed's timings share its arrivals). Overshoot and calm at {judged} dropped and late scrapes."));
        md.AppendLine(Invariant($"Goals, at {judged} dropped and late scrapes: exactly the right count ({right} at {step}/s; 6 is not right) in at most {TuningResult.GoalSeconds} s (median over seeds) after a step 0 -> {step}/s; at most {TuningResult.GoalChanges} change in the 10 minutes that follow the first 3 of a steady load at {100 * TuningResult.GoalRestlessShare:0}% of timings or fewer in each of {string.Join(" and ", bands)}; at least {QueryWindow.MinimumScrapes} samples per window."));
        md.AppendLine();
        var faultColumns = string.Join(" | ", ScrapeFaults.Levels.Select(f => $"s to exactly {right} after 0 -> {step}/s, {f.Percent} dropped + late (min / median / max over seeds)"));
        var calmColumns = string.Join(" | ", bands.Select(b => $"timings with > {TuningResult.GoalChanges} change in 10 min at {b}"));
        md.AppendLine($"| scrape | window | samples per window | {faultColumns} | overshoot above {right} after 0 -> {step}/s | overshoot after 0 -> {Rate(TuningScenario.MiddleRate)}/s | {calmColumns} | most changes at any steady rate | goals |");
        md.AppendLine("|" + string.Concat(Enumerable.Repeat(" --- |", 3 + ScrapeFaults.Levels.Count + 2 + bands.Count + 2)));
        foreach (var r in results)
        {
            var c = r.Candidate;
            var times = string.Join(" | ", ScrapeFaults.Levels.Select(f => r.SecondsToRight(f).Text()));
            var calm = string.Join(" | ", TuningScenario.CalmBands.Select(b => r.Restless(b, ScrapeFaults.Judged).Text()));
            var most = r.MostChanges(ScrapeFaults.Judged) is { } m ? Invariant($"{m.Changes} at {Rate(m.Rate)}/s") : "-";
            md.AppendLine(Invariant(
                $"| {PrometheusDuration.Format(c.Scrape)} | {PrometheusDuration.Format(c.Window)} | {c.SamplesPerWindow:0.#} | {times} | {r.Overshoot(TuningScenario.StepRate, ScrapeFaults.Judged).Text()} | {r.Overshoot(TuningScenario.MiddleRate, ScrapeFaults.Judged).Text()} | {calm} | {most} | {Goals(r, chosen)} |"));
        }
        md.AppendLine();
        md.AppendLine(chosen is null
            ? "No pair meets both goals with enough samples per window."
            : Invariant($"Chosen: scrape every {PrometheusDuration.Format(chosen.Candidate.Scrape)}, window {PrometheusDuration.Format(chosen.Candidate.Window)} (of the pairs meeting both goals with {TuningResult.MarginSeconds} s to spare on the time, the one that scrapes least often, then the longest window)."));
        return md.ToString();
    }

    private static string Goals(TuningResult r, TuningResult? chosen)
    {
        var missed = (r.Candidate.Robust ? "" : "too few samples; ") + (r.MeetsTimeGoal ? "" : "slow; ") + (r.MeetsCalmGoal ? "" : "restless; ");
        return missed.Length > 0 ? missed.TrimEnd(' ', ';')
            : ReferenceEquals(r, chosen) ? "**met, chosen**"
            : r.Eligible ? "met"
            : Invariant($"met, without {TuningResult.MarginSeconds} s to spare");
    }

    private static string Rate(double rate) => rate.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
