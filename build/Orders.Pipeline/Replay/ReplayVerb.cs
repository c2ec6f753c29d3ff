using System.Globalization;
using Orders.Pipeline.Cluster;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Replay;

/// <summary>
/// The Replay target and the scaledobject-replay tool: a dry run of ScaledObjects on data a Prometheus already
/// holds. Reads every input first (the ScaledObjects, each query over the range, the scrape interval) and checks
/// the --expect names against the summary before writing, so bad input (exit 2) leaves nothing behind: an
/// unreachable URL, a range without samples, a file without a ScaledObject, a trigger that is not prometheus, a
/// query returning several series, a gate naming no figure. A gate that fails exits 1 after the report is
/// written, one line per failure. Progress goes to <paramref name="log"/> when stdout carries JSON or markdown.
/// </summary>
public sealed class ReplayVerb(ReplayOptions options, IProcessRunner runner, TextWriter output, TextWriter? log = null, TextReader? stdin = null)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var progress = options.Format == ReplayFormat.Text ? output : log ?? TextWriter.Null;
        var sources = ScaledObjectSources.Labelled([
            .. await ScaledObjectSources.ReadPathsAsync(options.ScaledObjects, options.Namespace, options.Root, stdin, cancellationToken),
            .. await ClusterScaledObjects.ReadAsync(options.FromCluster, options.KubeContext, runner, cancellationToken)]);
        if (sources.Count == 0)
        {
            throw new InvalidDataException("--scaledobject named no ScaledObject to replay: give a kustomization directory or a YAML file holding one.");
        }
        foreach (var source in sources)
        {
            foreach (var trigger in source.Spec.Triggers)
            {
                _ = TriggerQuery.Parse(trigger.Query, source.Path); // refused before anything is read or written
            }
        }
        // Without --prometheus-url, the cluster's Prometheus through the port-forward Smoke uses; stopped on return.
        await using var forward = options.PrometheusUrl is null ? await ClusterReach.ForwardToPrometheusAsync(runner, options.KubeContext, cancellationToken) : null;
        var server = options.PrometheusUrl ?? forward!.Url;
        // status/config with the first trigger's headers (a tenant's Prometheus); each query with its own trigger's.
        using var firstClients = new TriggerClients(options.Access, server, sources[0].Path);
        var scrape = await PrometheusScrapeInterval.ReadAsync(firstClients.For(sources[0].Spec.FirstTrigger), cancellationToken);
        var seconds = ReplayReport.SecondsOf(options);
        // Each ScaledObject's readings are digested before the next one's are read, so memory holds one query's
        // range at a time; the first one sets the load window and the right count for all.
        LoadWindow? load = null;
        var right = 0;
        var runs = new List<ReplayedScaledObject>();
        foreach (var source in sources)
        {
            progress.WriteLine($"reading {source.Label} ({source.Path}): {string.Join("; ", source.Spec.Triggers.Select(t => t.Query))}, {options.Points} points");
            using var ownClients = ReferenceEquals(source, sources[0]) ? null : new TriggerClients(options.Access, server, source.Path);
            var read = await TriggerReadings.ReadAllCheckedAsync((ownClients ?? firstClients).For, source.Spec, options.Start, options.End, options.Step, cancellationToken, options.Versions);
            IReadOnlyList<IReadOnlyList<MetricReading>> readings = [.. read.Select(r => LoadScale.Apply(r, options.ScaleLoad))];
            var values = FirstMetricValues.Of(source.Spec, readings, options.Versions);
            if (load is null)
            {
                // The load window comes from the first trigger's query, whose range window it subtracts.
                load = LoadWindow.Of(readings[0], source.Spec.FirstTrigger.Query, options.Start, options.Step, options.LoadStart, options.LoadEnd);
                right = ReplayReport.RightReplicasFor(source.Spec, values, options.Versions);
            }
            runs.Add(ReplayDigest.Of(source.Label, source.Path, source.Spec, readings, values, options.Start, options.Step, seconds, load, right, options.Versions));
        }
        var report = new ReplayReport(options, load!, scrape, runs);
        var rendered = ReplayWriter.Render(report);
        var failures = ExpectationCheck.Failures(options.Expectations, rendered.Summary); // throws on a bad name: nothing written
        var files = ReplayWriter.Write(rendered, options.Output);

        progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(load!.HasStep ? $"load {load.Start:u} .. {load.End:u}{(load.Derived ? " (derived from the data)" : "")}" : "no load step in this range")}; figures are min / median / max over {runs[0].Timings} HPA timings{(options.ScaleLoad != 1 ? $"; values x {options.ScaleLoad:0.###} (--scale-load)" : "")}"));
        foreach (var run in runs)
        {
            var r = run.Steps;
            var h = run.History;
            var step = load.HasStep ? $"after {r.SecondsToPeak.Text(" s", "-")}, back to min {ScalingTable.BackToMin(r)}" : "no load step";
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{run.Label,-9} peak {r.PeakReplicas.Text()} replicas, {step}; {h.ReplicaHours.Text("0.#")} replica-hours, under capacity {h.UnderCapacitySeconds.Text("0", " s")}, {h.ScaleEventsPerDay.Text("0.#")} scale events/day; {report.Warnings(run).Count} warning(s)"));
        }
        progress.WriteLine("report: " + string.Join(", ", files));
        if (options.Format != ReplayFormat.Text)
        {
            output.Write(options.Format == ReplayFormat.Json ? rendered.Summary : rendered.Markdown);
        }
        foreach (var failure in failures)
        {
            (log ?? output).WriteLine(failure);
        }
        return failures.Count > 0 ? 1 : 0;
    }
}
