using System.Globalization;
using System.Text;
using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Replay;

/// <summary><c>report.md</c> of a replay: the range, the what-if factor, each ScaledObject's history figures over the
/// range and its load-step figures where the range holds a step (ranges over the HPA timings), why readings depend
/// on <c>--step</c>, the fallback, the warnings.</summary>
public static class ReplayMarkdown
{
    public static string Render(ReplayReport report)
    {
        var o = report.Options;
        var md = new StringBuilder();
        md.AppendLine("# Replay: KEDA + HPA on recorded data");
        md.AppendLine();
        md.AppendLine(Inv($"Prometheus {o.PrometheusUrl?.ToString() ?? "of the cluster, through a kubectl port-forward"}, {o.Start:yyyy-MM-dd HH:mm:ss} .. {o.End:yyyy-MM-dd HH:mm:ss} UTC at {o.Step.TotalSeconds:0.###} s steps{(o.Namespace is null ? "" : $"; ScaledObjects in namespace `{o.Namespace}`")}."));
        if (o.ScaleLoad != 1)
        {
            md.AppendLine(Inv($"**What-if: every query's value × {o.ScaleLoad:0.###}** (`--scale-load`), as if the traffic had been {o.ScaleLoad:0.###} times the recorded one; valid for queries linear in traffic such as `sum(rate(...))`, not for ratios, quantiles or latencies."));
        }
        md.AppendLine(report.Scrape is { } scrape
            ? Inv($"Prometheus scrapes every {scrape.Global.TotalSeconds:0.###} s (global scrape_interval); ")
                + string.Join("; ", report.Runs.Select(run => Inv($"{run.Label}'s series every {scrape.For(run.Spec.FirstTrigger.Query).TotalSeconds:0.###} s"))) + "."
            : "Prometheus did not say its scrape interval (/api/v1/status/config).");
        md.AppendLine(Inv($"Modelled: {report.Runs[0].Versions.Describe()}. Each figure is min / median / max over the {report.Runs[0].Timings} HPA timings (the HPA syncs every {KubernetesDefaults.HpaSyncPeriod.TotalSeconds:0} s at an offset fixed when its controller started; the model runs once per whole-second offset), one number where all agree."));
        md.AppendLine();
        md.AppendLine("![replay](replay.png)");
        md.AppendLine();
        md.AppendLine("## History");
        md.AppendLine();
        HistoryTable.AppendTo(md, report.Runs, report.Seconds);
        md.AppendLine();
        md.AppendLine("## Load step");
        md.AppendLine();
        AppendStep(md, report);
        md.AppendLine();
        md.AppendLine("## Why readings depend on --step");
        md.AppendLine();
        foreach (var run in report.Runs)
        {
            md.AppendLine($"- {run.Label}: {StepAdvice.For(run.Spec.FirstTrigger.Query, report.Scrape?.For(run.Spec.FirstTrigger.Query), o.Step, run.Spec.Polling)}");
        }
        var fallbacks = report.Runs.Select(run => (run, text: run.Fallback.Describe())).Where(x => x.text is not null).ToList();
        if (fallbacks.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("KEDA's fallback, seconds from the range's start (as in timeline.csv):");
            foreach (var (run, text) in fallbacks)
            {
                md.AppendLine(Inv($"- {run.Label}: {text}"));
            }
        }
        md.AppendLine();
        md.AppendLine("## Warnings");
        md.AppendLine();
        var warnings = report.Runs.SelectMany(run => report.Warnings(run).Select(w => $"- {run.Label}: {w}")).ToList();
        md.AppendLine(warnings.Count == 0 ? "None." : string.Join(Environment.NewLine, warnings));
        md.AppendLine();
        md.AppendLine(report.SecondsPerRow == 1
            ? "Columns of every second are in `timeline.csv`; the figures for scripts in `summary.json`."
            : Inv($"`timeline.csv` has a row every {report.SecondsPerRow} s (the range is over {TimelineResolution.MaxRows / 3600} h; min and max span each row); the figures, counted every second, are in `summary.json`."));
        return md.ToString();
    }

    private static void AppendStep(StringBuilder md, ReplayReport report)
    {
        var load = report.Load;
        if (!load.HasStep)
        {
            md.AppendLine("No load step in this range: the query never rises from zero, nor starts at its peak, nor drops back to zero (continuous traffic),");
            md.AppendLine("so there is no instant to count a time to peak or back to min from. Read the history above; `--load-start`/`--load-end` name one.");
            return;
        }
        md.AppendLine(Inv($"The load {(load.Derived ? "(derived from the first query: first above zero, last back to zero minus its window)" : "(as given)")} ran {load.Start:yyyy-MM-dd HH:mm:ss} .. {load.End:yyyy-MM-dd HH:mm:ss} UTC ({(load.End - load.Start).TotalSeconds:0} s){(load.HasStart ? "" : "; it has no start in this range, so no time to peak")}{(load.HasEnd ? "" : "; it does not end in this range, so no time back to min")}."));
        md.AppendLine();
        ScalingTable.AppendTo(md, report.RightReplicas, report.Runs.Select(run => (run.Label, run.Source, run.Spec, run.Steps)), "to");
        md.AppendLine();
        md.AppendLine(Inv($"Times count from the load's start (to peak, to {report.RightReplicas} replicas: the lowest count the HPA holds at the first query's highest value) and from its end (back to min)."));
        md.AppendLine("In the chart, the band is the lowest..highest replica count over the timings and the line the median timing: a real HPA's");
        md.AppendLine("count should stay inside the band, plus the time its new pods take to become ready.");
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
