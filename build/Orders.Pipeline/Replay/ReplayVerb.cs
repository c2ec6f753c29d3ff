using System.Globalization;
using Orders.Pipeline.Cluster;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Replay;

/// <summary>
/// The Replay target: a dry run of ScaledObjects on data a Prometheus already holds. Reads every input first
/// (the ScaledObjects, each query over the range, the scrape interval) and writes the report only when all of it
/// is good, so bad input (exit 2) leaves nothing behind: an unreachable URL, a range without samples, a file
/// without a ScaledObject, a trigger that is not prometheus, a query returning several series.
/// </summary>
public sealed class ReplayVerb(ReplayOptions options, IProcessRunner runner, TextWriter output)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var sources = await ScaledObjectSources.ReadAsync(options.ScaledObjects, options.Namespace, options.Root, cancellationToken);
        // Without --prometheus-url, the cluster's Prometheus through the port-forward Smoke uses; stopped on return.
        await using var forward = options.PrometheusUrl is null ? await ClusterReach.ForwardToPrometheusAsync(runner, options.KubeContext, cancellationToken) : null;
        using var http = new HttpClient { BaseAddress = options.PrometheusUrl ?? forward!.Url, Timeout = TimeSpan.FromSeconds(30) };
        var prometheus = new PrometheusClient(http);
        var readings = new List<IReadOnlyList<MetricReading>>();
        foreach (var source in sources)
        {
            output.WriteLine($"reading {source.Label} ({source.Path}): {source.Spec.Trigger.Query}, {options.Points} points");
            readings.Add(await TriggerReadings.ReadCheckedAsync(prometheus, source.Spec.Trigger, options.Start, options.End, options.Step, cancellationToken, options.Versions));
        }
        var scrape = await PrometheusScrapeInterval.ReadAsync(prometheus, cancellationToken);
        var load = LoadWindow.Of(readings[0], sources[0].Spec.Trigger.Query, options.Start, options.Step, options.LoadStart, options.LoadEnd);
        var runs = sources.Select((s, i) => ScaledObjectRun.Replay(s.Label, s.Path, s.Spec, readings[i], options.Start, options.Step, options.Versions)).ToList();
        var report = new ReplayReport(options, load, scrape, runs);
        var files = ReplayWriter.Write(report, options.Output);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load {load.Start:u} .. {load.End:u}{(load.Derived ? " (derived from the data)" : "")}; figures are min / median / max over {runs[0].AllTimings.Count} HPA timings"));
        foreach (var run in runs)
        {
            var r = report.Ranges(run);
            output.WriteLine($"{run.Label,-9} peak {r.PeakReplicas.Text()} replicas, after {r.SecondsToPeak.Text(" s", "-")}, back to min {ScalingTable.BackToMin(r)}; {report.Warnings(run).Count} warning(s)");
        }
        output.WriteLine("report: " + string.Join(", ", files));
        return 0;
    }
}
