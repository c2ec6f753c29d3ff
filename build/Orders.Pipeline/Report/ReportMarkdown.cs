using System.Globalization;
using System.Text;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Report;

/// <summary><c>report.md</c>: what was run, what the load achieved, and for each ScaledObject the peak,
/// the time to reach it and the time back to min, side by side, with the configuration that produced them.</summary>
public static class ReportMarkdown
{
    public static string Render(RunReport report)
    {
        var md = new StringBuilder();
        var load = report.Load;
        md.AppendLine(Inv($"# Scaling report ({report.Mode})"));
        md.AppendLine();
        md.AppendLine(Inv($"Run started {report.Start:yyyy-MM-dd HH:mm:ss} UTC against {report.AppUrl} ({report.Endpoint}); Prometheus {report.PrometheusUrl}."));
        md.AppendLine();
        md.AppendLine("![scaling](scaling.png)");
        md.AppendLine();
        md.AppendLine("## Scaling");
        md.AppendLine();
        md.AppendLine(Inv($"The load's peak rate needs **{report.RightReplicas} replicas**: the lowest count the HPA holds at that rate against the first ScaledObject's threshold (tolerance included), within its min..max."));
        md.AppendLine(Inv($"Modelled: {report.ScaledObjects[0].Versions.Describe()}."));
        md.AppendLine();
        ScalingTable.AppendTo(md, report.RightReplicas, report.ScaledObjects.Select(run => (run, report.Ranges(run))), "time to");
        md.AppendLine();
        md.AppendLine(Inv($"Each figure is **min / median / max over the {report.ScaledObjects[0].AllTimings.Count} HPA timings** replayed (the HPA syncs every {KubernetesDefaults.HpaSyncPeriod.TotalSeconds:0} s at an offset fixed when its"));
        md.AppendLine("controller started, so the model runs once per whole-second offset); one number where every timing agrees, \"never\" where some timing did not get there.");
        md.AppendLine("Times are from the start of the load (to peak, to the right count) and from the end of its last non-zero stage (back to min),");
        md.AppendLine("as the model of KEDA + HPA decides them from the query's value at each KEDA poll and HPA sync. The chart's band is the lowest..highest");
        md.AppendLine("count over the timings at each second, its line the median timing. In a cluster, add the time a new pod takes to become ready.");
        if (report.ScrapeInterval is { } scrape)
        {
            md.AppendLine(Inv($"Prometheus scraped every {scrape.TotalSeconds:0.###} s."));
        }
        var fallbacks = report.ScaledObjects.Select(run => (run, text: report.Fallback(run).Describe())).Where(x => x.text is not null).ToList();
        if (fallbacks.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("KEDA's fallback, seconds from the run's start (as in timeline.csv):");
            foreach (var (run, text) in fallbacks)
            {
                md.AppendLine(Inv($"- {run.Label}: {text}"));
            }
        }
        md.AppendLine();
        var warned = report.ScaledObjects.Select(run => (run, warnings: report.Warnings(run))).Where(x => x.warnings.Count > 0).ToList();
        if (warned.Count > 0)
        {
            md.AppendLine("## Warnings");
            md.AppendLine();
            foreach (var (run, warnings) in warned)
            {
                foreach (var warning in warnings)
                {
                    md.AppendLine(Inv($"- {run.Label}: {warning}"));
                }
            }
            md.AppendLine();
        }
        md.AppendLine("## Load");
        md.AppendLine();
        md.AppendLine("| scheduled | sent | ok | errors | timeouts | dropped (concurrency bound) | p50 | p99 |");
        md.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        var latencies = load.Seconds.Where(s => s.P50Milliseconds is not null).ToList();
        md.AppendLine(Inv($"| {load.Scheduled} | {load.Sent} | {load.Ok} | {load.Errors} | {load.Timeouts} | {load.Dropped} | {Ms(latencies.Select(s => s.P50Milliseconds!.Value).DefaultIfEmpty().Max())} (worst second) | {Ms(latencies.Select(s => s.P99Milliseconds!.Value).DefaultIfEmpty().Max())} (worst second) |"));
        md.AppendLine();
        if (report.Checks is { Count: > 0 } checks)
        {
            md.AppendLine("## Checks");
            md.AppendLine();
            foreach (var check in checks)
            {
                md.AppendLine("- " + check);
            }
            md.AppendLine();
        }
        md.AppendLine("## Configuration");
        md.AppendLine();
        md.AppendLine(Inv($"- profile: `{report.Profile}` ({report.Profile.Duration.TotalSeconds:0} s, load ends at {report.Profile.LoadEnd.TotalSeconds:0} s)"));
        md.AppendLine(Inv($"- endpoint: `{report.Endpoint}`, at most {report.Options.MaxConcurrency} requests in flight, timeout {report.Options.RequestTimeout.TotalSeconds:0.###} s, arrivals `{report.Options.ArrivalProcess}`"));
        foreach (var run in report.ScaledObjects)
        {
            md.AppendLine(Inv($"- {run.Label}: {Describe(run.Spec)}"));
        }
        md.AppendLine();
        md.AppendLine("Columns of every second are in `timeline.csv`.");
        return md.ToString();
    }

    private static string Describe(ScaledObjectSpec spec)
    {
        var t = spec.FirstTrigger;
        var text = Inv($"pollingInterval {spec.Polling.TotalSeconds:0} s, cooldownPeriod {spec.Cooldown.TotalSeconds:0} s, activationThreshold {t.ActivationThreshold}, metricType {t.MetricType}, ignoreNullValues {t.IgnoreNullValues.ToString().ToLowerInvariant()}");
        if (spec.Behavior is null)
        {
            return text + Inv($"; no HPA behavior (the HPA's legacy path: {KubernetesDefaults.DownscaleStabilizationWindow.TotalSeconds:0} s scale-down window, at most max(2 × current, 4) up per sync)");
        }
        var b = spec.Behavior.WithDefaults();
        return text + Inv($"; scaleUp {Rules(b.ScaleUp!)}; scaleDown {Rules(b.ScaleDown!)}");
    }

    private static string Rules(HpaScalingRules rules) =>
        Inv($"window {(rules.StabilizationWindow ?? KubernetesDefaults.DownscaleStabilizationWindow).TotalSeconds:0} s, {rules.Select}: ")
        + string.Join(" / ", (rules.Policies ?? []).Select(p => Inv($"{p.Value}{(p.Type == ScalingPolicyType.Percent ? "%" : " pods")} per {p.Period.TotalSeconds:0} s")));

    private static string Ms(double ms) => Inv($"{ms:0} ms");

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
