using System.Globalization;
using System.Text;
using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Replay;

/// <summary><c>report.md</c> of a replay: the range and load window, each ScaledObject's figures as ranges over the
/// HPA timings, the warnings, and what the figures mean.</summary>
public static class ReplayMarkdown
{
    public static string Render(ReplayReport report)
    {
        var o = report.Options;
        var md = new StringBuilder();
        md.AppendLine("# Replay: KEDA + HPA on recorded data");
        md.AppendLine();
        md.AppendLine(Inv($"Prometheus {o.PrometheusUrl?.ToString() ?? "of the cluster, through a kubectl port-forward"}, {o.Start:yyyy-MM-dd HH:mm:ss} .. {o.End:yyyy-MM-dd HH:mm:ss} UTC at {o.Step.TotalSeconds:0.###} s steps; ScaledObjects in namespace `{o.Namespace}`."));
        md.AppendLine(report.Scrape is { } scrape
            ? Inv($"Prometheus scrapes every {scrape.Global.TotalSeconds:0.###} s (global scrape_interval); ")
                + string.Join("; ", report.Runs.Select(run => Inv($"{run.Label}'s series every {scrape.For(run.Spec.Trigger.Query).TotalSeconds:0.###} s"))) + "."
            : "Prometheus did not say its scrape interval (/api/v1/status/config).");
        md.AppendLine(Inv($"The load {(report.Load.Derived ? "(derived from the first query: first above zero, last back to zero minus its window)" : "(as given)")} ran {report.Load.Start:HH:mm:ss} .. {report.Load.End:HH:mm:ss} UTC ({(report.Load.End - report.Load.Start).TotalSeconds:0} s)."));
        md.AppendLine(Inv($"Modelled: {report.Runs[0].Versions.Describe()}."));
        md.AppendLine();
        md.AppendLine("![replay](replay.png)");
        md.AppendLine();
        ScalingTable.AppendTo(md, report.RightReplicas, report.Runs.Select(run => (run, report.Ranges(run))), "to");
        md.AppendLine();
        md.AppendLine(Inv($"Each figure is min / median / max over the {report.Runs[0].AllTimings.Count} HPA timings (the HPA syncs every {KubernetesDefaults.HpaSyncPeriod.TotalSeconds:0} s at an offset fixed when"));
        md.AppendLine("its controller started; the model runs once per whole-second offset), one number where all agree, \"never\" where some timing did not get there.");
        md.AppendLine(Inv($"Times count from the load's start (to peak, to {report.RightReplicas} replicas: the lowest count the HPA holds at the first query's highest value) and from its end (back to min)."));
        md.AppendLine("In the chart, the band is the lowest..highest replica count over the timings at each second and the line the median timing: a real HPA's");
        md.AppendLine("count should stay inside the band, plus the time its new pods take to become ready.");
        var fallbacks = report.Runs.Select(run => (run, text: report.Fallback(run).Describe())).Where(x => x.text is not null).ToList();
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
        var any = false;
        foreach (var run in report.Runs)
        {
            foreach (var warning in report.Warnings(run))
            {
                md.AppendLine(Inv($"- {run.Label}: {warning}"));
                any = true;
            }
        }
        if (!any)
        {
            md.AppendLine("None.");
        }
        md.AppendLine();
        md.AppendLine("Columns of every second are in `timeline.csv`; the figures for scripts in `summary.json`.");
        return md.ToString();
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
