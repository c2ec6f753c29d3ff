using Orders.Pipeline.Cli;
using Orders.Pipeline.Load;
using Orders.Pipeline.Local;

namespace Orders.Pipeline.Cluster;

/// <summary>Settings of a cluster run (target LoadTest). Without --app-url / --prometheus-url the run opens
/// kubectl port-forwards to the orders Service and to prometheus-server itself.</summary>
public sealed record ClusterOptions(
    string Root,
    string Output,
    Uri? AppUrl,
    Uri? PrometheusUrl,
    string Namespace,
    string PrometheusNamespace,
    string? Context,
    string Kubectl,
    LoadProfile Profile,
    LoadEndpoint Endpoint,
    LoadOptions Load,
    string Manifests,
    TimeSpan? ScaleUpBound,
    TimeSpan? ScaleDownBound,
    TimeSpan PodStart)
{
    public static ClusterOptions From(CommandLine args)
    {
        var root = Path.GetFullPath(args.Optional("root") ?? RepositoryRoot.Find(Environment.CurrentDirectory));
        return new ClusterOptions(
            root,
            Path.GetFullPath(args.Optional("out") ?? Path.Combine(root, "artifacts", "cluster")),
            args.Optional("app-url") is { } app ? new Uri(app) : null,
            args.Optional("prometheus-url") is { } prom ? new Uri(prom) : null,
            args.String("namespace", "orders"),
            args.String("prometheus-namespace", "prometheus"),
            args.Optional("context"),
            args.String("kubectl", "kubectl"),
            LoadProfile.Parse(args.String("profile", "30s:0->50, 120s:50, 30s:0")),
            LoadEndpoint.Parse(args.String("endpoint", "product")),
            new LoadOptions(args.Int("concurrency", 256), args.Duration("timeout", TimeSpan.FromSeconds(5))),
            Path.GetFullPath(args.Optional("manifests") ?? Path.Combine(root, "k8s", "base")),
            args.Optional("scale-up-bound") is null ? null : args.Duration("scale-up-bound", TimeSpan.Zero),
            args.Optional("scale-down-bound") is null ? null : args.Duration("scale-down-bound", TimeSpan.Zero),
            args.Duration("pod-start", TimeSpan.FromSeconds(60)));
    }
}
