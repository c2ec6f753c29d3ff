using System.Globalization;
using Orders.Pipeline.Deploy;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Load;
using Orders.Pipeline.Manifests;
using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Replay;
using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Cluster;

/// <summary>
/// The LoadTest target: the profile against the deployed app while the cluster is sampled every <see cref="SampleEvery"/>;
/// afterwards the run is written as a <see cref="RecordedRun"/> (samples, query values, pods, the achieved rate,
/// the ScaledObject) and judged on what was written (<see cref="LoadTestJudge"/>), so --judge on the directory
/// gives the same verdict. On failure the timeline is printed, so the reason is in the log.
/// </summary>
public sealed class ClusterVerb(ClusterOptions options, IProcessRunner runner, TextWriter output)
{
    /// <summary>How often the cluster is sampled: a third of the HPA's sync period, so every sync's outcome is
    /// seen, at the cost of one kubectl call and one query per sample.</summary>
    public static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(5);

    /// <summary>The versions to model: Kubernetes as the cluster reports it, unless --kubernetes-version was given.</summary>
    private async Task<ModelVersions> ModelledVersionsAsync(CancellationToken cancellationToken)
    {
        if (options.KubernetesVersionGiven)
        {
            return options.Versions;
        }
        if (await KubernetesVersion.ReadAsync(runner, options.Cluster, cancellationToken) is { } server)
        {
            return options.Versions with { Kubernetes = server };
        }
        output.WriteLine($"model: kubectl version reported no server version; modelling Kubernetes {options.Versions.Kubernetes} (pass --kubernetes-version to choose).");
        return options.Versions;
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var manifests = await ManifestRenderer.ReadAsync(runner, options.Manifests, options.Namespace, cancellationToken);
        var workload = ScaledWorkload.From(manifests);
        var spec = ScaledObjectReader.Read(manifests.Documents, manifests.Source);
        await using var supervisor = new ProcessSupervisor(cancellationToken);
        var token = supervisor.Token;
        await using var reach = await ClusterReach.OpenAsync(runner, options.Cluster, workload, token);
        var (appUrl, prometheusUrl) = (reach.AppUrl, reach.PrometheusUrl);
        var versions = await ModelledVersionsAsync(token);
        output.WriteLine($"model: {versions.Describe()}");
        using var prometheusHttp = new HttpClient { BaseAddress = prometheusUrl, Timeout = TimeSpan.FromSeconds(10) };
        var prometheus = new PrometheusClient(prometheusHttp);
        var status = new KubectlStatus(options, workload, runner);
        var pods = new KubectlPods(options, KubectlPods.SelectorOf(manifests), runner);
        var tracker = new PodTracker();
        output.WriteLine($"{status.Call.Display}   (every {SampleEvery.TotalSeconds:0} s)");
        var samples = new List<ClusterSample>();
        var downWindow = spec.Behavior?.WithDefaults().ScaleDown?.StabilizationWindow ?? KubernetesDefaults.DownscaleStabilizationWindow;

        // The scale-down window bounds the wait: a first deploy's fallback pods go only after it.
        await new SettledStart(status, spec.MinReplicaCount, TimeProvider.System, output).WaitAsync(options.Cluster.WaitTimeout + downWindow, token);
        output.WriteLine($"load: {options.Profile} against {appUrl}; sampling {options.Namespace}/{spec.Name} every {SampleEvery.TotalSeconds:0} s");
        using var stopSampling = CancellationTokenSource.CreateLinkedTokenSource(token);
        var start = DateTimeOffset.UtcNow;
        var sampling = SampleAsync(status, pods, tracker, prometheus, spec, samples, stopSampling.Token);
        using var sender = new HttpRequestSender(appUrl, options.Endpoint, options.Load.MaxConcurrency, options.Load.RequestTimeout);
        var load = await new LoadEngine(sender, options.Load, TimeProvider.System, output).RunAsync(options.Profile, token);
        start = load.StartedAt;

        // Keep sampling until the replicas are back at min after the load, or long past any bound.
        var giveUp = start + options.Profile.LoadEnd + downWindow + TimeSpan.FromMinutes(10);
        while (DateTimeOffset.UtcNow < giveUp && !BackAtMin(samples, start + options.Profile.LoadEnd, spec.MinReplicaCount))
        {
            await Task.Delay(SampleEvery, token);
        }
        await stopSampling.CancelAsync();
        await sampling;

        var seconds = (int)Math.Ceiling((DateTimeOffset.UtcNow - start).TotalSeconds);
        var run = await new ScaledObjectEvaluator(prometheus, versions).EvaluateAsync("ours", Path.GetRelativePath(options.Root, options.Manifests), spec, start, seconds, token);
        List<ClusterSample> recorded;
        lock (samples)
        {
            recorded = [.. samples];
        }
        var actual = Enumerable.Range(0, seconds).Select(s => recorded.LastOrDefault(x => x.At <= start.AddSeconds(s))?.ReadyReplicas).ToList();
        // The interval of the job the query reads (the exporter's own, docs/scaling-window.md), else the global one:
        // for the report's window check and the scale-up bound alike. Unknown (a proxy hiding the config): the
        // report says so and the bound takes Prometheus's default, the longest.
        var scrapeKnown = (await Orders.Pipeline.Replay.PrometheusScrapeInterval.ReadAsync(prometheus, token))?.For(spec.FirstTrigger.Query);
        var scrape = scrapeKnown ?? Orders.Pipeline.Replay.PrometheusScrapeInterval.PrometheusDefault;
        var report = new RunReport("cluster", appUrl, prometheusUrl, options.Profile, options.Endpoint, options.Load, load, [run], actual, ScrapeInterval: scrapeKnown);
        ReportWriter.Write(report, options.Output);

        // Judged on what is written, so --judge on this directory gives this verdict (docs/loadtest-verdict.md).
        var held = RecordedRun.AchievedHeld(load, options.Profile);
        RecordedRunFiles.Write(options.Output, new RecordedRun(options.Profile, held, spec, scrape,
            [.. recorded.Select(x => x with { At = RecordedRun.Start + (x.At - start) })], run.QueryValues, tracker.Records(start),
            options.ScaleUpBound, options.ScaleDownBound, options.Namespace, versions), RecordedRunFiles.ScaledObjectYaml(manifests));
        var verdict = LoadTestJudge.Judge(RecordedRunFiles.Read(options.Output));
        if (!verdict.Passed)
        {
            output.WriteLine("timeline (s, ready, hpa current/desired, ScaledObject ready/active, query):");
            foreach (var s in recorded)
            {
                output.WriteLine("  " + Row(s, start));
            }
        }
        output.WriteLine(verdict.Message);
        output.WriteLine($"report: {options.Output}");
        return verdict.Passed ? 0 : 1;
    }

    private static async Task SampleAsync(KubectlStatus status, KubectlPods pods, PodTracker tracker, PrometheusClient prometheus, ScaledObjectSpec spec, List<ClusterSample> samples, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(SampleEvery);
        try
        {
            do
            {
                double? value = null;
                try
                {
                    value = (await prometheus.QueryAsync(spec.FirstTrigger.Query, null, cancellationToken)).SingleValueOrNull(spec.FirstTrigger.Query);
                }
                catch (PrometheusQueryException)
                {
                    // Recorded as an empty value; the sample's kubectl part still counts.
                }
                var sample = await status.ReadAsync(DateTimeOffset.UtcNow, value, cancellationToken);
                await pods.ReadAsync(tracker, cancellationToken);
                lock (samples)
                {
                    samples.Add(sample);
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Sampling ends when the run says so.
        }
    }

    private static bool BackAtMin(List<ClusterSample> samples, DateTimeOffset loadEnd, int min)
    {
        lock (samples)
        {
            // The HPA asking for min too: pods that crash after the load are not "back".
            return samples.Any(s => s.At >= loadEnd && s.ReadyReplicas <= min && (s.HpaDesired is null || s.HpaDesired <= min));
        }
    }

    private static string Row(ClusterSample s, DateTimeOffset start) => string.Create(CultureInfo.InvariantCulture,
        $"{(s.At - start).TotalSeconds:0},{s.ReadyReplicas},{s.HpaCurrent},{s.HpaDesired},{s.ScaledObjectReady},{s.ScaledObjectActive},{s.QueryValue:0.###},{s.Error?.Replace(',', ';')}");
}
