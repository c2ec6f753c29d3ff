using System.Globalization;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Load;
using Orders.Pipeline.Manifests;
using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Replay;
using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;
using Orders.Pipeline.Smoke;

namespace Orders.Pipeline.Local;

/// <summary>
/// The Local target end to end: app, exporter and Prometheus on this machine, the Smoke checks, the load
/// profile, then KEDA + HPA replayed on what Prometheus recorded, for the project's ScaledObject and the
/// tutorial's side by side. Fails (exit 1) when the orders Prometheus counted differ from those the app
/// served, or when the load saw more than 1% failures: the figures would then not be worth reading; and when the
/// dashboard's latency panel puts the hold's p50 more than 10% from the load engine's (LocalLatencyCheck).
/// </summary>
public sealed class LocalVerb(LocalOptions options, TextWriter output)
{
    private const string SmokePassed = "Smoke checks passed (app, exporter /metrics, Prometheus scraping the exporter).";
    private readonly LocalProgress _progress = new(TimeProvider.System);

    /// <summary>Runs it; a run stopped halfway leaves report.md "interrupted at t=…" (<see cref="InterruptedReport"/>) and notes it for the entry point's line.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var stopping = cancellationToken.Register(_progress.Stopped);
        try
        {
            return await RunStackAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            PartialOutput.NoteReport(InterruptedReport.Write(options.Output, _progress));
            throw;
        }
    }

    private async Task<int> RunStackAsync(CancellationToken cancellationToken)
    {
        var manifests = await ReadAsync(options.Manifests, cancellationToken);
        var ours = ScaledObjectReader.Read(manifests.Documents, manifests.Source);
        var exporterArgs = ManifestExporterArgs.Read(manifests);
        var compared = options.CompareManifests is { } dir && Directory.Exists(dir) && await ReadAsync(dir, cancellationToken) is { } other
            ? ScaledObjectReader.Read(other.Documents, other.Source)
            : null;
        var @namespace = ours.Namespace ?? "orders";
        var binary = await PrometheusInstaller.EnsureAsync(options.PrometheusBinary, cancellationToken);

        await using var supervisor = new ProcessSupervisor(cancellationToken);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var token = supervisor.Token;
        _progress.Enter("starting the app, the exporter and Prometheus");
        var prometheusServer = await LocalStack.StartAsync(options, binary, @namespace, exporterArgs, supervisor, http);
        _progress.Enter("running the Smoke checks");
        // Prometheus scrapes a new target within one interval of starting (15 s at the cluster's), so 30 s is
        // enough unless --scrape-interval is longer; the cluster's Smoke allows 60 s for discovery as well.
        var smoke = new SmokeOptions(options.AppUrl, options.ExporterUrl, options.PrometheusUrl, @namespace, SmokeWait(options.ScrapeInterval),
            SmokeHints.Local(Path.Combine(options.Output, "logs"), options.PrometheusUrl));
        await new SmokeChecks(http, output, TimeProvider.System).RunAsync(smoke, token);
        _progress.Pass(SmokePassed);

        using var prometheusHttp = new HttpClient { BaseAddress = options.PrometheusUrl, Timeout = TimeSpan.FromSeconds(10) };
        var prometheus = new PrometheusClient(prometheusHttp);
        var settled = new SettledCounter(prometheus, @namespace, options.ScrapeInterval, TimeProvider.System);
        var before = await settled.ReadAsync(null, token);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Prometheus scrapes every {options.ScrapeInterval.TotalSeconds:0.###} s (--scrape-interval; default the cluster's, k8s/prometheus-values.yaml)"));
        output.WriteLine($"load: {options.Profile} ({options.Profile.TotalRequests} requests of {options.Endpoint}) against {options.AppUrl}");
        output.WriteLine($"arrivals: {options.Load.ArrivalProcess} (repeat them with --arrivals={options.Load.ArrivalProcess})");
        using var sender = new HttpRequestSender(options.AppUrl, options.Endpoint, options.Load.MaxConcurrency, options.Load.RequestTimeout);
        var engine = new LoadEngine(sender, options.Load, TimeProvider.System, output);
        _progress.LoadStarts(engine, options.Profile);
        var outage = options.Chaos is { } chaos ? new PrometheusOutage(prometheusServer, chaos, output, TimeProvider.System) : null;
        var outageRun = outage?.RunAsync(_progress.LoadStartedAt!.Value, options.Profile, token) ?? Task.CompletedTask;
        var load = await engine.RunAsync(options.Profile, token);
        await outageRun;
        _progress.Enter("waiting for Prometheus's count to settle");
        var after = await settled.ReadAsync(before + load.Ok, token);
        _progress.Enter("observing the scale-down after the load");
        await ObserveAsync(prometheus, ours.FirstTrigger.Query, load.StartedAt, token);
        _progress.Enter("replaying KEDA and the HPA on what Prometheus recorded");

        var evaluator = new ScaledObjectEvaluator(prometheus, options.Versions);
        var seconds = (int)Math.Ceiling((options.Profile.Duration + options.Observe).TotalSeconds);
        var runs = new List<ScaledObjectRun>
        {
            await evaluator.EvaluateAsync("ours", Relative(options.Manifests), ours, load.StartedAt, seconds, token),
        };
        if (compared is not null)
        {
            runs.Add(await evaluator.EvaluateAsync("tutorial", Relative(options.CompareManifests!), compared, load.StartedAt, seconds, token));
        }
        var (code, verdict) = Verdict(load, after - before);
        // k8s/monitoring's rules ran in this Prometheus: which alerts fired, and whether every dashboard query it can answer returned data.
        var monitoring = await Monitoring.LocalMonitoring.ReportAsync(prometheus, options.Root, load.StartedAt, load.StartedAt + options.Profile.Duration, options.Output, token,
            ours.FirstTrigger.Query);
        var latency = await LocalLatencyCheck.RunAsync(prometheus, options, monitoring.Dashboard.Variables, load, token);
        if (!latency.Passed)
        {
            code = 1;
        }
        var checks = new List<string> { SmokePassed, verdict, latency.Line, monitoring.DashboardLine, monitoring.AlertsLine };
        if (outage is not null)
        {
            // Last: it restarts Prometheus to load the backfilled series.
            var chaosFindings = await new ChaosFindings(prometheus, prometheusServer, options, output).RunAsync(runs[0], @namespace, outage, load.StartedAt, seconds, token);
            checks.AddRange(chaosFindings.Lines);
            code = chaosFindings.Passed ? code : 1;
        }
        _progress.Enter("writing the report");
        var report = new RunReport("local", options.AppUrl, options.PrometheusUrl, options.Profile, options.Endpoint, options.Load, load, runs,
            Checks: checks,
            ScrapeInterval: options.ScrapeInterval);
        var files = ReportWriter.Write(report, options.Output);
        PrintSummary(report, after - before, files);
        foreach (var line in checks.Skip(1)) // the Smoke line was printed by the checks themselves
        {
            output.WriteLine(line);
        }
        return code;
    }

    private static (int Code, string Message) Verdict(LoadResult load, double counted)
    {
        var failures = load.Errors + load.Timeouts + load.Dropped;
        if (Math.Abs(counted - load.Ok) > 0.5)
        {
            return (1, $"FAIL Prometheus counted {counted:0} orders but the app answered {load.Ok} successfully: the exporter lost or double-counted lines (see artifacts/local/logs/exporter.log).");
        }
        if (failures > load.Scheduled / 100)
        {
            return (1, $"FAIL {failures} of {load.Scheduled} requests failed, timed out or were dropped (more than 1%): the machine could not carry the profile; lower its rates.");
        }
        return (0, $"OK   Prometheus counted exactly the {load.Ok} orders the app served; {failures} failures.");
    }

    private void PrintSummary(RunReport report, double counted, IReadOnlyList<string> files)
    {
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sent {report.Load.Sent} of {report.Load.Scheduled}, ok {report.Load.Ok}, errors {report.Load.Errors}, timeouts {report.Load.Timeouts}, dropped {report.Load.Dropped}; Prometheus counted {counted:0} orders"));
        foreach (var run in report.ScaledObjects)
        {
            var r = report.Ranges(run);
            output.WriteLine($"{run.Label,-9} peak {r.PeakReplicas.Text()} replicas, reached after {r.SecondsToPeak.Text(" s", "-")}, back to min after the load: {ScalingTable.BackToMin(r)} (min / median / max over {r.Timings} HPA timings)  ({run.Spec.FirstTrigger.Query})");
        }
        output.WriteLine("report: " + string.Join(", ", files));
    }

    /// <summary>Waits out the observation after the profile, printing the query every 10 s.</summary>
    private async Task ObserveAsync(PrometheusClient prometheus, string query, DateTimeOffset start, CancellationToken cancellationToken)
    {
        var end = start + options.Profile.Duration + options.Observe + TimeSpan.FromSeconds(1);
        if (options.Observe > TimeSpan.Zero)
        {
            output.WriteLine($"observing the scale-down for {options.Observe.TotalSeconds:0} s more, no load (--observe)");
        }
        while (DateTimeOffset.UtcNow < end)
        {
            var wait = end - DateTimeOffset.UtcNow;
            await Task.Delay(wait < TimeSpan.FromSeconds(10) ? wait : TimeSpan.FromSeconds(10), cancellationToken);
            var value = (await prometheus.QueryAsync(query, null, cancellationToken)).SingleValueOrNull(query);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"t={(DateTimeOffset.UtcNow - start).TotalSeconds,4:0}s query={value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "empty"}"));
        }
    }

    public static TimeSpan SmokeWait(TimeSpan scrapeInterval) =>
        TimeSpan.FromSeconds(Math.Max(30, 2 * scrapeInterval.TotalSeconds));

    private static async Task<RenderedManifests> ReadAsync(string directory, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"{directory} does not exist: pass --manifests with the Kustomize folder that holds the ScaledObject.");
        }
        return await ManifestRenderer.ReadAsync(new ProcessRunner(TextWriter.Null), directory, cancellationToken);
    }

    private string Relative(string path) => Path.GetRelativePath(options.Root, path);
}
