using Orders.Pipeline.Cluster;
using Orders.Pipeline.Load;
using Orders.Pipeline.Local;
using Orders.Pipeline.Smoke;

namespace Orders.Pipeline.Cli;

/// <summary>The tool's commands; each reads its options, checks for typos, and runs.</summary>
public static class Commands
{
    public const string Usage = """
        Orders.Pipeline <command> [options]

          local     app + exporter + Prometheus on 127.0.0.1, Smoke checks, the profile, the KEDA/HPA model,
                    report in artifacts/local/ (what ./build.sh --target=Local runs)
                    --profile "10s:0->50, 50s:50, 10s:0"  --observe 150s  --endpoint product|orders  --concurrency 256  --timeout 5s
                    --app-port 8181  --exporter-port 9181  --prometheus-port 9090  --scrape-interval 1s
                    --manifests k8s/base  --compare k8s/tutorial|none  --out artifacts/local
                    --app-dll …  --exporter-dll …  --prometheus-binary …  --root .
          cluster   the profile against a deployed app, replicas recorded every 5 s, pass/fail against the model
                    --app-url URL  --prometheus-url URL  --namespace orders  --context NAME  --kubectl kubectl
                    --profile …  --endpoint …  --manifests k8s/base  --out artifacts/cluster
                    --scale-up-bound 180s (deadline from the load's start; default held rate + query window + scrape + 15 s + pod start)  --pod-start 60s
          replay    KEDA + HPA over every HPA timing on what a Prometheus recorded (docs/replay.md), report in artifacts/replay/
                    --prometheus-url URL  --start -1h|RFC3339  --end now  --step 1s  --scaledobject k8s/base,k8s/tutorial
                    --namespace orders  --load-start TIME  --load-end TIME  --out artifacts/replay
          smoke     GET / (200, Welcome), GET /product (200), the exporter's /metrics (when given), a non-empty
                    product_order_total{namespace=…} in Prometheus within --timeout (what ./build.sh --target=Smoke runs)
                    --app-url URL  --prometheus-url URL  --exporter-url URL  --namespace orders  --timeout 60s
          load      only the load: --url http://127.0.0.1:8181  --profile …  --endpoint …  --concurrency …  --timeout …
        """;

    public static async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        switch (args.Command)
        {
            case "local":
                var local = LocalOptions.From(args);
                args.ThrowOnUnknown();
                return await new LocalRun(local, Console.Out).RunAsync(cancellationToken);
            case "cluster":
                var cluster = ClusterOptions.From(args);
                args.ThrowOnUnknown();
                return await new ClusterRun(cluster, Console.Out).RunAsync(cancellationToken);
            case "smoke":
                var smoke = SmokeOptions.From(args);
                args.ThrowOnUnknown();
                using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) })
                {
                    await new SmokeChecks(http, Console.Out, TimeProvider.System).RunAsync(smoke, cancellationToken);
                }
                return 0;
            case "replay":
                var replay = Orders.Pipeline.Replay.ReplayOptions.From(args, DateTimeOffset.UtcNow);
                args.ThrowOnUnknown();
                return await new Orders.Pipeline.Replay.ReplayRun(replay, Console.Out).RunAsync(cancellationToken);
            case "load":
                return await LoadOnlyAsync(args, cancellationToken);
            default:
                Console.WriteLine(Usage);
                return args.Command is "" or "help" || args.Flag("help") ? 0 : 2;
        }
    }

    private static async Task<int> LoadOnlyAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var url = new Uri(args.String("url", "http://127.0.0.1:8181/"));
        var profile = LoadProfile.Parse(args.String("profile", "10s:0->50, 20s:50"));
        var endpoint = LoadEndpoint.Parse(args.String("endpoint", "product"));
        var options = new LoadOptions(args.Int("concurrency", 256), args.Duration("timeout", TimeSpan.FromSeconds(5)));
        args.ThrowOnUnknown();
        using var sender = new HttpRequestSender(url, endpoint, options.MaxConcurrency, options.RequestTimeout);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        var result = await new LoadEngine(sender, options, TimeProvider.System, Console.Out).RunAsync(profile, cancel.Token);
        Console.WriteLine($"scheduled {result.Scheduled}, sent {result.Sent}, ok {result.Ok}, errors {result.Errors}, timeouts {result.Timeouts}, dropped {result.Dropped}");
        return result.Errors + result.Timeouts + result.Dropped == 0 ? 0 : 1;
    }
}
