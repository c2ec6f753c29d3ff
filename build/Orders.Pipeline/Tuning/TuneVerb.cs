using System.Collections.Concurrent;
using System.Globalization;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Manifests;
using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Replay;
using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tuning;

/// <summary>
/// The Tune target: chooses the orders job's scrape interval and the query's window with evidence. It records
/// Local's loads (steps 0 -> 50/s and 0 -> 45/s, steady rates around the replica boundaries) with Poisson arrivals
/// as Prometheus would have scraped them at every interval, seed and fault level (warm counters, a millisecond
/// phase, dropped and late scrapes: <see cref="TuningData"/>), backfills them into a real
/// Prometheus (promtool), reads k8s/base's own query with each window through query_range, as Replay does, and
/// replays KEDA + the HPA at every HPA timing. Writes artifacts/tune/tradeoffs.md; stops Prometheus and deletes
/// its data on the way out, also on failure.
/// </summary>
public sealed class TuneVerb(TuningOptions options, IProcessRunner runner, TextWriter output)
{
    // The namespace k8s/base is rendered with; each recorded series replaces it with its own.
    private const string RenderedNamespace = "tune";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var spec = (await ScaledObjectSources.ReadAsync([Path.Combine(options.Root, Cli.PipelineOptions.Manifests.Default!)], RenderedNamespace, options.Root, cancellationToken))[0].Spec;
        // Refused now, not after minutes of backfilling, when the query does not pin the namespace Tune sets.
        _ = TunedNamespace.Set(spec.FirstTrigger.Query, RenderedNamespace, RenderedNamespace);
        var job = ExporterScrapeJob.Read(Path.Combine(options.Root, Deploy.HelmChart.Prometheus.ValuesFile!));
        var scenarios = TuningScenario.All(options.SteadyRates);
        var candidates = TuningCandidate.Grid(options.Scrapes, options.Windows);
        // A whole hour three hours back: inside the retention, clear of the head block promtool must not overlap.
        var origin = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 3600 * 3600 - 3 * 3600);

        Directory.CreateDirectory(options.Output);
        var work = Directory.CreateTempSubdirectory("orders-tune-");
        try
        {
            var binary = await PrometheusInstaller.EnsureAsync(options.PrometheusBinary, cancellationToken);
            var data = Path.Combine(work.FullName, "data.om");
            await using (var writer = new StreamWriter(data))
            {
                TuningData.Write(writer, job, origin, options.Scrapes, options.Seeds, scenarios);
            }
            var tsdb = Path.Combine(work.FullName, "tsdb");
            await runner.RunCheckedAsync(new ToolCall(PrometheusInstaller.Promtool(binary), ["tsdb", "create-blocks-from", "openmetrics", data, tsdb], TimeSpan.FromMinutes(10)),
                cancellationToken, "promtool ships with Prometheus (Debian's package prometheus); its error above names the line it refused.");

            await using var supervisor = new ProcessSupervisor(cancellationToken);
            var port = PortGuard.FreePort();
            var config = Path.Combine(work.FullName, "prometheus.yml");
            await File.WriteAllTextAsync(config, "global:\n  scrape_interval: 15s\n", cancellationToken);
            var prometheus = supervisor.Add(ManagedProcess.Start("prometheus", binary,
                [$"--config.file={config}", $"--storage.tsdb.path={tsdb}", $"--web.listen-address=127.0.0.1:{port}", "--storage.tsdb.retention.time=7d"],
                Path.Combine(options.Output, "prometheus.log")));
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(60) };
            await HttpProbe.WaitReadyAsync(http, new Uri(http.BaseAddress, "-/ready"), prometheus, TimeSpan.FromSeconds(120), supervisor.Token);

            var results = await MeasureAsync(new PrometheusClient(http), spec, candidates, scenarios, origin, supervisor.Token);
            var chosen = TuningResult.Choose(results);
            var table = TuningTable.Markdown(results, chosen, options, spec.FirstTrigger.Query, spec.ReplicasFor(TuningScenario.StepRate, options.Versions));
            var file = Path.Combine(options.Output, "tradeoffs.md");
            await File.WriteAllTextAsync(file, table, cancellationToken);
            output.WriteLine(table);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report: {file} ({(DateTimeOffset.UtcNow - started).TotalSeconds:0} s)"));
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private async Task<IReadOnlyList<TuningResult>> MeasureAsync(
        PrometheusClient prometheus, ScaledObjectSpec spec, IReadOnlyList<TuningCandidate> candidates, IReadOnlyList<TuningScenario> scenarios,
        DateTimeOffset origin, CancellationToken cancellationToken)
    {
        var loadStart = origin + TuningScenario.LoadStart;
        var results = new List<TuningResult>();
        foreach (var candidate in candidates)
        {
            var observations = new ConcurrentBag<TuningObservation>();
            var series = from scenario in scenarios
                         from seed in Enumerable.Range(1, options.Seeds)
                         from faults in ScrapeFaults.Levels
                         select (scenario, seed, faults);
            // Prometheus answers several queries at once; four in flight keep both cores busy without queueing.
            await Parallel.ForEachAsync(series, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (s, token) =>
            {
                var ns = TuningData.Namespace(candidate.Scrape, s.seed, s.faults, s.scenario);
                var text = TunedNamespace.Set(candidate.WithWindow(spec.FirstTrigger.Query), RenderedNamespace, ns);
                var trigger = spec.FirstTrigger with { Query = text };
                var readings = await TriggerReadings.ReadCheckedAsync(prometheus, trigger, origin, origin + TuningScenario.Span, TimeSpan.FromSeconds(1), token);
                var right = spec.ReplicasFor(s.scenario.Rate, options.Versions);
                foreach (var timing in ScalingTimings.Run(spec with { Triggers = [trigger] }, readings, origin, versions: options.Versions))
                {
                    if (s.scenario.IsStep)
                    {
                        // Exactly right: a count the HPA holds at the step's rate, tolerance included (at 50/s only 5).
                        var loadEnd = origin + s.scenario.Profile.LoadEnd;
                        var seconds = TuningMeasure.SecondsToRight(timing, loadStart, loadEnd, n => spec.Holds(s.scenario.Rate, n, options.Versions));
                        var peak = TuningMeasure.Peak(timing, loadStart, loadEnd);
                        observations.Add(new TuningObservation(s.scenario, s.seed, s.faults, seconds, Overshot: peak > right));
                    }
                    else
                    {
                        var from = loadStart + TuningScenario.SettleTime;
                        observations.Add(new TuningObservation(s.scenario, s.seed, s.faults, Changes: TuningMeasure.Changes(timing, from, from + TuningScenario.CountedSpan)));
                    }
                }
            });
            var result = new TuningResult(candidate, [.. observations]);
            results.Add(result);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{candidate}: to exactly the right count at {TuningScenario.StepRate}/s {result.SecondsToRight(ScrapeFaults.Judged).Text(" s")} (per-seed medians, {ScrapeFaults.Judged.Percent} faults)"));
        }
        return results;
    }
}
