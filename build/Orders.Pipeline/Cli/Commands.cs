using Orders.Pipeline.Cluster;
using Orders.Pipeline.Deploy;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Load;
using Orders.Pipeline.Local;
using Orders.Pipeline.Smoke;
using Orders.Pipeline.TestResults;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Cli;

/// <summary>
/// The verbs, one per job. Adding one is one entry in <see cref="Verbs"/> (plus its class); each reads its
/// options (which checks them, before any tool runs), calls <see cref="CommandLine.ThrowOnUnknown"/>, and runs.
/// </summary>
public static class Commands
{
    public static IReadOnlyList<Verb> Verbs { get; } =
    [
        new("preflight", "the container tool, helm and kubectl on PATH, --registry given, the cluster answering with Kubernetes 1.30+",
            (args, ct) => DeployAsync(args, (s, r) => new PreflightVerb(s, r, Console.Out, ExecutableLookup.FindOnPath, TimeProvider.System).RunAsync(ct))),
        new("docker-build", "build <registry>/orders-app:<tag> and <registry>/orders-exporter:<tag>",
            (args, ct) => DeployAsync(args, (s, r) => new ImageBuildVerb(s, r, TimeProvider.System).RunAsync(ct))),
        new("docker-push", "push both images, logging in first (password on stdin) when REGISTRY_USERNAME/REGISTRY_PASSWORD are set",
            (args, ct) => DeployAsync(args, (s, r) => new ImagePushVerb(s, r, Console.Out, TimeProvider.System).RunAsync(ct))),
        new("install-prometheus", "helm upgrade --install the pinned Prometheus chart with k8s/prometheus-values.yaml",
            (args, ct) => DeployAsync(args, (s, r) => new ChartInstallVerb(s, r, HelmChart.Prometheus).RunAsync(ct))),
        new("install-keda", "helm upgrade --install the pinned KEDA chart with k8s/keda-values.yaml",
            (args, ct) => DeployAsync(args, (s, r) => new ChartInstallVerb(s, r, HelmChart.Keda).RunAsync(ct))),
        new("label-nodes", "label --nodes, or every node without a control-plane role, role=worker-node",
            (args, ct) => DeployAsync(args, (s, r) => new LabelNodesVerb(s, r, Console.Out).RunAsync(ct))),
        new("apply", "render the manifests with the pushed images into artifacts/deploy/, apply, wait for the rollout and the ScaledObject",
            (args, ct) => DeployAsync(args, (s, r) => new ApplyVerb(s, r, Console.Out, TimeProvider.System).RunAsync(ct))),
        new("smoke", "the app answers, Prometheus has product_order_total, the ScaledObject is Ready, KEDA's HPA exists", SmokeAsync),
        new("cluster", $"LoadTest: the profile against the deployed app, replicas sampled every {ClusterRun.SampleEvery.TotalSeconds:0} s, judged against the KEDA/HPA model", ClusterAsync),
        new("local", "app + exporter + Prometheus on 127.0.0.1, Smoke checks, the profile, the KEDA/HPA model; report in artifacts/local/", LocalAsync),
        new("images", "on this machine: base-image stand-ins, both images built and pushed by docker-build/docker-push's code through a registry on 127.0.0.1, pulled back, run as the Deployment's pod with podman; report in artifacts/images/", ImagesAsync),
        new("replay", "KEDA + HPA over every HPA timing on what a Prometheus recorded (docs/replay.md); report in artifacts/replay/", ReplayAsync),
        new("tune", "choose the orders job's scrape interval and the query's window: Poisson loads at every scrape phase, backfilled into a real Prometheus, replayed at every HPA timing; table in artifacts/tune/", TuneAsync),
        new("load", "only the load: the profile against --url", LoadOnlyAsync),
        new("write-values", "rewrite the rules' copies from k8s/monitoring/*_rules.yml: k8s/prometheus-values.yaml's serverFiles block (the chart installs rules only from its values), the operator component's PrometheusRules, and the runbook links' base", WriteValuesAsync),
        new("test-summary", "sum the TRX files under --results and print 'N passed, N failed'; fail on a failure, when none ran, or (CI=true) on a skip", TestSummaryAsync),
    ];

    public static string Usage =>
        "Orders.Pipeline <verb> [--option value]...\n\nverbs:\n"
        + string.Concat(Verbs.Select(v => $"  {v.Name,-19}{v.Summary}\n"))
        + "\noptions (default in brackets; cluster options also from ORDERS_<NAME>):\n"
        + string.Concat(PipelineOptions.All.Select(o => $"  --{o.Name,-25}{(o.Default is null ? "" : $"[{o.Default}] ")}{o.Meaning}\n"));

    public static async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        if (Verbs.FirstOrDefault(v => v.Name == args.Command) is { } verb)
        {
            return await verb.RunAsync(args, cancellationToken);
        }
        Console.WriteLine(Usage);
        return args.Command is "" or "help" || args.Flag("help") ? 0 : 2;
    }

    private static async Task<int> DeployAsync(CommandLine args, Func<ClusterSettings, IProcessRunner, Task> run)
    {
        var settings = ClusterSettings.From(args);
        args.ThrowOnUnknown();
        await run(settings, new ProcessRunner(Console.Out));
        return 0;
    }

    private static async Task<int> SmokeAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var settings = ClusterSettings.From(args);
        var exporterUrl = args.Url(O.ExporterUrl);
        var prometheusTimeout = args.Duration(O.PrometheusTimeout);
        args.ThrowOnUnknown();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        await new ClusterSmokeVerb(settings, new ProcessRunner(Console.Out), http, Console.Out, exporterUrl, prometheusTimeout).RunAsync(cancellationToken);
        return 0;
    }

    private static async Task<int> ClusterAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var options = ClusterOptions.From(args);
        args.ThrowOnUnknown();
        using var bound = Bound(options.RunBound, cancellationToken);
        return await new ClusterRun(options, new ProcessRunner(Console.Out), Console.Out).RunAsync(bound.Token);
    }

    private static async Task<int> LocalAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var options = LocalOptions.From(args);
        args.ThrowOnUnknown();
        using var bound = Bound(options.RunBound, cancellationToken);
        return await new LocalRun(options, Console.Out).RunAsync(bound.Token);
    }

    private static async Task<int> ImagesAsync(CommandLine args, CancellationToken cancellationToken)
    {
        // Images builds with buildah unless told podman: no Docker engine runs where this verb is for.
        var settings = ClusterSettings.From(args);
        var tool = args.Given(O.ContainerTool) is null ? ContainerTool.Buildah : settings.ContainerTool;
        if (tool == ContainerTool.Docker)
        {
            throw new ArgumentException("--container-tool docker is refused by Images: it builds without a Docker engine, with buildah (the default here) or podman.");
        }
        var orders = args.Int(O.PodOrders);
        args.ThrowOnUnknown();
        return await new Images.ImagesVerb(settings with { ContainerTool = tool }, new ProcessRunner(Console.Out), Console.Out, orders).RunAsync(cancellationToken);
    }

    private static async Task<int> ReplayAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var replay = Replay.ReplayOptions.From(args, DateTimeOffset.UtcNow);
        args.ThrowOnUnknown();
        return await new Replay.ReplayRun(replay, new ProcessRunner(Console.Out), Console.Out).RunAsync(cancellationToken);
    }

    private static async Task<int> TuneAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var options = Tuning.TuningOptions.From(args);
        args.ThrowOnUnknown();
        using var bound = Bound(TimeSpan.FromMinutes(60), cancellationToken);
        return await new Tuning.TuningRun(options, new ProcessRunner(Console.Out), Console.Out).RunAsync(bound.Token);
    }

    private static async Task<int> LoadOnlyAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var url = args.Url(O.LoadUrl)!;
        var profile = LoadProfile.Parse(args.Text(O.LoadProfile)!);
        var endpoint = LoadEndpoint.Parse(args.Text(O.Endpoint)!);
        var options = LoadOptions.From(args, timeoutWasRequestTimeout: true); // bench/loadtest-rate.sh passes --timeout
        args.ThrowOnUnknown();
        using var sender = new HttpRequestSender(url, endpoint, options.MaxConcurrency, options.RequestTimeout);
        using var cancel = Bound(profile.Duration + TimeSpan.FromMinutes(5), cancellationToken);
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        var result = await new LoadEngine(sender, options, TimeProvider.System, Console.Out).RunAsync(profile, cancel.Token);
        Console.WriteLine($"scheduled {result.Scheduled}, sent {result.Sent}, ok {result.Ok}, errors {result.Errors}, timeouts {result.Timeouts}, dropped {result.Dropped}");
        return result.Errors + result.Timeouts + result.Dropped == 0 ? 0 : 1;
    }

    private static Task<int> TestSummaryAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var results = Path.GetFullPath(args.Required(O.TestResults, "artifacts/test-results"));
        args.ThrowOnUnknown();
        // CI=true is what GitHub Actions (and most CI services) set; .ci/run sets it too.
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        return Task.FromResult(TestSummaryVerb.Run(results, failOnSkipped: inCi, Console.Out, Console.Error));
    }

    private static Task<int> WriteValuesAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(args.Text(O.Root) ?? RepositoryRoot.Find(Environment.CurrentDirectory));
        args.ThrowOnUnknown();
        Console.WriteLine(Monitoring.RuleValuesWriter.Write(root)
            ? $"{Monitoring.RuleValuesWriter.ValuesFile} and {Monitoring.OperatorRuleFile.RelativePath} rewritten from k8s/monitoring/*_rules.yml (runbook links from {Monitoring.RunbookLinks.PropertiesFile}); commit them with the rule change."
            : $"{Monitoring.RuleValuesWriter.ValuesFile} and {Monitoring.OperatorRuleFile.RelativePath} already carry k8s/monitoring/*_rules.yml; nothing to write.");
        return Task.FromResult(0);
    }

    // A run that hangs is cancelled, which stops every process it started (ProcessSupervisor).
    private static CancellationTokenSource Bound(TimeSpan bound, CancellationToken cancellationToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(bound);
        return source;
    }
}
