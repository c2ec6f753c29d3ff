using Orders.Pipeline.Cli;
using Orders.Pipeline.Load;

namespace Orders.Pipeline.Local;

/// <summary>Settings of a Local run, with the defaults the README documents. Paths are absolute.</summary>
public sealed record LocalOptions(
    string Root,
    string Output,
    string AppDll,
    string ExporterDll,
    int AppPort,
    int ExporterPort,
    int PrometheusPort,
    LoadProfile Profile,
    LoadEndpoint Endpoint,
    LoadOptions Load,
    string Manifests,
    string? CompareManifests,
    string? PrometheusBinary,
    TimeSpan ScrapeInterval,
    TimeSpan Observe)
{
    /// <summary>70 s: a ramp, a hold long enough to fill the query's 1-minute rate window, a short pause.</summary>
    public const string DefaultProfile = "10s:0->50, 50s:50, 10s:0";

    /// <summary>Watching after the profile, nothing sent, so the scale-down (rate window + 120 s
    /// stabilization, about 155 s after the load) shows up in the same run.</summary>
    public static readonly TimeSpan DefaultObserve = TimeSpan.FromSeconds(150);

    public Uri AppUrl => new($"http://127.0.0.1:{AppPort}/");

    public Uri ExporterUrl => new($"http://127.0.0.1:{ExporterPort}/");

    public Uri PrometheusUrl => new($"http://127.0.0.1:{PrometheusPort}/");

    public static LocalOptions From(CommandLine args)
    {
        var root = Path.GetFullPath(args.Optional("root") ?? RepositoryRoot.Find(Environment.CurrentDirectory));
        string Under(params string[] parts) => Path.Combine([root, .. parts]);
        var compare = args.String("compare", Under("k8s", "tutorial"));
        return new LocalOptions(
            root,
            Path.GetFullPath(args.Optional("out") ?? Under("artifacts", "local")),
            Path.GetFullPath(args.Optional("app-dll") ?? Under("artifacts", "publish", "Orders.App", "release", "Orders.App.dll")),
            Path.GetFullPath(args.Optional("exporter-dll") ?? Under("artifacts", "publish", "Orders.Exporter", "release", "Orders.Exporter.dll")),
            args.Int("app-port", 8181),
            args.Int("exporter-port", 9181),
            args.Int("prometheus-port", 9090),
            LoadProfile.Parse(args.String("profile", DefaultProfile)),
            LoadEndpoint.Parse(args.String("endpoint", "product")),
            new LoadOptions(args.Int("concurrency", 256), args.Duration("timeout", TimeSpan.FromSeconds(5))),
            Path.GetFullPath(args.Optional("manifests") ?? Under("k8s", "base")),
            compare is "none" or "" ? null : Path.GetFullPath(compare),
            args.Optional("prometheus-binary"),
            args.Duration("scrape-interval", TimeSpan.FromSeconds(1)),
            args.Duration("observe", DefaultObserve));
    }
}
