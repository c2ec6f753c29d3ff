namespace Orders.Pipeline.Cli;

/// <summary>
/// Every option of every verb, with its default, in one place: the verbs read them through
/// <see cref="CommandLine"/>, the README's Settings table says the same (a test compares them), and the Cake
/// script forwards what it was given without knowing any of them.
/// </summary>
public static class PipelineOptions
{
    // The cluster: Preflight .. Smoke, LoadTest.
    public static readonly OptionDefinition Registry = new("registry", null, "where images are pushed and the cluster pulls from, e.g. `localhost:5001`", true);
    public static readonly OptionDefinition ImageTag = new("image-tag", null, "the tag of both images; default the git short SHA (outside git a UTC timestamp, chosen by Preflight and reused by the targets after it)", true);
    public static readonly OptionDefinition ContainerTool = new("container-tool", "docker", "`docker`, `podman` or `buildah`", true);
    public static readonly OptionDefinition KubeContext = new("kube-context", null, "passed to every `kubectl` and `helm` call; default the current context", true);
    public static readonly OptionDefinition Namespace = new("namespace", "orders", "the namespace the app is deployed to", true);
    public static readonly OptionDefinition Nodes = new("nodes", null, "comma-separated nodes to label `role=worker-node`; default every node without a control-plane role", true);
    public static readonly OptionDefinition AppUrl = new("app-url", null, "the app, for Smoke and LoadTest; default a `kubectl port-forward` to the app's Service", true);
    public static readonly OptionDefinition PrometheusUrl = new("prometheus-url", null, "Prometheus, for Smoke, LoadTest and Replay; default a `kubectl port-forward` to the chart's `prometheus-server`", true);
    public static readonly OptionDefinition PrometheusChartVersion = new("prometheus-chart-version", "29.27.0", "the prometheus-community/prometheus chart version: the one whose values.yaml the tests render our values against (`tests/Orders.K8s.Tests/TestData`)", true);
    public static readonly OptionDefinition KedaChartVersion = new("keda-chart-version", "2.20.2", "the kedacore/keda chart version (KEDA 2.20.2)", true);
    public static readonly OptionDefinition WaitTimeout = new("wait-timeout", "5m", "how long `helm --wait`, `rollout status` and `wait` may each take (`90s`, `5m`, `1h`); the old `--timeout` still works, with a warning", true);

    // Smoke.
    public static readonly OptionDefinition PrometheusTimeout = new("prometheus-timeout", "60s", "Smoke: how long Prometheus gets to show `product_order_total`");
    public static readonly OptionDefinition ExporterUrl = new("exporter-url", null, "Smoke: the exporter, to check its `/metrics` too (a sidecar has no Service)");

    // The load: Local, LoadTest, load.
    public static readonly OptionDefinition LocalProfile = new("profile", "10s:0->50, 80s:50, 10s:0", "Local's load stages, `duration:rate` or `duration:from->to` (orders/s)");
    public static readonly OptionDefinition ClusterProfile = new("profile", "30s:0->50, 120s:50, 30s:0", "LoadTest's load stages");
    public static readonly OptionDefinition LoadProfile = new("profile", "10s:0->50, 20s:50", "the `load` verb's stages");
    public static readonly OptionDefinition Endpoint = new("endpoint", "product", "`product` (`GET /product`) or `orders` (`POST /orders`)");
    public static readonly OptionDefinition Concurrency = new("concurrency", "256", "requests in flight at most; one more that is due is dropped and counted, never delayed");
    public static readonly OptionDefinition RequestTimeout = new("request-timeout", "5s", "how long one request of the load may take");
    public static readonly OptionDefinition LoadUrl = new("url", "http://127.0.0.1:8181/", "the `load` verb's target");
    public static readonly OptionDefinition PodOrders = new("pod-orders", "50", "Images: orders sent through the pod's app port; the exporter must count exactly that many");
    public static readonly OptionDefinition Arrivals = new("arrivals", "constant", "the arrivals of Local's, LoadTest's and the `load` verb's load: `constant` (evenly spaced) or `poisson[:SEED]` (random like real traffic, reproducible with a seed)");

    // Local.
    public static readonly OptionDefinition Observe = new("observe", "150s", "Local: watching after the profile, nothing sent, so the scale-down shows in the same run");
    public static readonly OptionDefinition AppPort = new("app-port", "8181", "Local's app port on 127.0.0.1 (a busy one is an error naming it)");
    public static readonly OptionDefinition ExporterPort = new("exporter-port", "9181", "Local's exporter port on 127.0.0.1");
    public static readonly OptionDefinition PrometheusPort = new("prometheus-port", "9090", "Local's Prometheus port on 127.0.0.1");
    public static readonly OptionDefinition ScrapeInterval = new("scrape-interval", null, "Local Prometheus's scrape interval, for experiments; default the cluster's: the exporter job's `scrape_interval` in k8s/prometheus-values.yaml, else `server.global.scrape_interval`");
    public static readonly OptionDefinition PrometheusBinary = new("prometheus-binary", null, "Local and Tune: a Prometheus binary elsewhere; default `prometheus` on PATH");
    public static readonly OptionDefinition Compare = new("compare", "k8s/tutorial", "Local: the ScaledObject replayed next to ours (`none` for none)");
    public static readonly OptionDefinition AppDll = new("app-dll", null, "Local: the published app; default artifacts/publish/Orders.App/release/Orders.App.dll");
    public static readonly OptionDefinition ExporterDll = new("exporter-dll", null, "Local: the published exporter; default artifacts/publish/Orders.Exporter/release/Orders.Exporter.dll");

    // Replay.
    public static readonly OptionDefinition ReplayStart = new("start", "-1h", "Replay: the range's start, RFC 3339 (`2026-12-02T10:00:00Z`), `now` or before now (`-6h`, `-1h30m`)");
    public static readonly OptionDefinition ReplayEnd = new("end", "now", "Replay: the range's end, in the same forms as `--start`");
    public static readonly OptionDefinition ReplayStep = new("step", "1s", $"Replay: the resolution the queries are read at (at most `{Scaling.KubernetesDefaults.HpaSyncPeriod.TotalSeconds:0}s`, the HPA sync period)");
    public static readonly OptionDefinition ScaledObjects = new("scaledobject", "k8s/base,k8s/tutorial", "Replay: comma-separated kustomization directories or YAML files holding ScaledObjects");
    public static readonly OptionDefinition LoadStart = new("load-start", null, "Replay: when the load started (a time as `--start` takes); default where the query first rises above zero");
    public static readonly OptionDefinition LoadEnd = new("load-end", null, "Replay: when the load ended; default where the query last drops to zero, minus its range window");

    // Tune.
    public static readonly OptionDefinition TuneScrapes = new("tune-scrapes", "5s,10s,15s", "Tune: the orders job's scrape intervals weighed (whole seconds)");
    public static readonly OptionDefinition TuneWindows = new("tune-windows", "15s,20s,25s,30s,40s,1m,2m", "Tune: the query's range windows weighed (each pair whose window holds two scrapes)");
    public static readonly OptionDefinition TuneSeeds = new("tune-seeds", "4", "Tune: Poisson recordings of each load (1 to 50)");
    public static readonly OptionDefinition TuneRates = new("tune-rates", "36,38,40,42,44,46,48,50,52,54,56", "Tune: the steady rates held (orders/s); 44 is always among them");

    // LoadTest's pass bounds.
    public static readonly OptionDefinition ScaleUpBound = new("scale-up-bound", null, "LoadTest: by when (from the load's start) the ready replicas must reach the model's lowest peak; default the held rate's start + the query's window + one scrape interval of its job + one HPA sync + `--pod-start`");
    public static readonly OptionDefinition ScaleDownBound = new("scale-down-bound", null, "LoadTest: the time back to min allowed after the load; default the longer of the scale-down window and the model's slowest time back to min, + `--pod-start`");
    public static readonly OptionDefinition PodStart = new("pod-start", "60s", "LoadTest: how long a new pod takes to become ready");

    // Where things are.
    public static readonly OptionDefinition Root = new("root", null, "the repository; default the folder holding Orders.slnx at or above the current one");
    public static readonly OptionDefinition Manifests = new("manifests", "k8s/base", "the Kustomize directory deployed and modelled");
    public static readonly OptionDefinition Output = new("out", null, "where a run writes its report; default artifacts/local, artifacts/cluster, artifacts/replay or artifacts/tune");
    public static readonly OptionDefinition TestResults = new("results", null, "test-summary: the folder holding the TRX files (the Test target passes artifacts/test-results)");

    /// <summary>The build script's own options (Cake reads them); verbs that receive them ignore them.</summary>
    public static readonly IReadOnlyList<string> BuildScriptOptions = ["target", "configuration", "test-filter", "pipeline-dll"];

    /// <summary>Renamed options: still accepted, with a warning naming the new name.</summary>
    public static readonly IReadOnlyDictionary<string, OptionDefinition> Renamed = new Dictionary<string, OptionDefinition>
    {
        ["timeout"] = WaitTimeout,
    };

    public static IReadOnlyList<OptionDefinition> All { get; } =
    [
        Registry, ImageTag, ContainerTool, KubeContext, Namespace, Nodes, AppUrl, PrometheusUrl, PrometheusChartVersion, KedaChartVersion,
        WaitTimeout, PrometheusTimeout, ExporterUrl, LocalProfile, ClusterProfile, LoadProfile, Endpoint, Concurrency, RequestTimeout, LoadUrl, Arrivals, PodOrders,
        Observe, AppPort, ExporterPort, PrometheusPort, ScrapeInterval, PrometheusBinary, Compare, AppDll, ExporterDll,
        ReplayStart, ReplayEnd, ReplayStep, ScaledObjects, LoadStart, LoadEnd, TuneScrapes, TuneWindows, TuneSeeds, TuneRates,
        ScaleUpBound, ScaleDownBound, PodStart, Root, Manifests, Output, TestResults,
    ];

    /// <summary>Whether a verb should accept <paramref name="name"/>: the Cake script forwards every argument
    /// of a run to every verb of its chain, so an option another verb reads is no typo.</summary>
    public static bool IsKnown(string name) =>
        All.Any(o => o.Name == name) || BuildScriptOptions.Contains(name) || Renamed.ContainsKey(name);
}
