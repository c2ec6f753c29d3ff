namespace Orders.Pipeline.Cli;

/// <summary>
/// Every option of every verb, with its default, in one place: each task of the registry lists the ones its
/// verb reads (<see cref="PipelineTask.Options"/>), the verbs read them through <see cref="CommandLine"/>, help
/// and the docs' Settings table are generated from them, and the Cake script forwards what it was given
/// without knowing any of them. Two verbs with different defaults for one name (--profile, --out) each own a
/// definition.
/// </summary>
public static class PipelineOptions
{
    // The cluster: Preflight .. Smoke, LoadTest.
    public static readonly OptionDefinition Registry = new("registry", null, "where images are pushed and the cluster pulls from, e.g. `localhost:5001`", true) { Grammar = OptionGrammar.Registry, Otherwise = "(required by the cluster targets)" };
    public static readonly OptionDefinition ImageTag = new("image-tag", null, "the tag of both images (chosen by Preflight and reused by the targets after it)", true) { Grammar = OptionGrammar.ImageTag, Otherwise = "the git short SHA, `<sha>-dirty-<8 hex of the changes>` with uncommitted changes (a UTC timestamp outside git)" };
    public static readonly OptionDefinition ContainerTool = new("container-tool", "docker", "`docker`, `podman` or `buildah`", true) { Grammar = OptionGrammar.ContainerTool };
    public static readonly OptionDefinition KubeContext = new("kube-context", null, "passed to every `kubectl` and `helm` call", true) { Grammar = OptionGrammar.KubeContext, Otherwise = "the current context" };
    public static readonly OptionDefinition Namespace = new("namespace", "orders", "the namespace the app is deployed to (not `default`, `kube-*`, nor Prometheus's or KEDA's)", true) { Grammar = OptionGrammar.Namespace };
    public static readonly OptionDefinition Layout = new("layout", "seed", "`seed`: the app on every node's port 30081, its pods on nodes labelled `role=worker-node` (LabelNodes labels them); `portable`: a ClusterIP Service, any node, no node labelled", true) { Grammar = OptionGrammar.Layout };
    public static readonly OptionDefinition Nodes = new("nodes", null, "comma-separated nodes to label `role=worker-node`", true) { Grammar = OptionGrammar.Nodes, Otherwise = "every node without a control-plane role" };
    public static readonly OptionDefinition AppUrl = new("app-url", null, "the app, for Smoke and LoadTest", true) { Grammar = OptionGrammar.Url, Otherwise = "a `kubectl port-forward` to the app's Service" };
    public static readonly OptionDefinition PrometheusUrl = new("prometheus-url", null, "Prometheus, for Smoke, LoadTest and Replay", true) { Grammar = OptionGrammar.Url, Otherwise = "a `kubectl port-forward` to the chart's `prometheus-server`" };
    public static readonly OptionDefinition Prometheus = new("prometheus", "install", "`install` the pinned chart; `existing`: the cluster's Prometheus, nothing installed, its scrape job written to `artifacts/deploy/prometheus-scrape-job.yaml` for you to add; `operator`: a PodMonitor and PrometheusRules for the Prometheus Operator, no chart", true) { Grammar = OptionGrammar.PrometheusMode };
    public static readonly OptionDefinition Keda = new("keda", "install", "`install` the pinned chart; `existing`: the cluster's KEDA, nothing installed, Preflight checks its ScaledObject CRD serves every field the ScaledObject uses", true) { Grammar = OptionGrammar.KedaMode };
    public static readonly OptionDefinition PrometheusNamespace = new("prometheus-namespace", null, "the namespace of the Prometheus that scrapes the exporter: the NetworkPolicy admits its pods to the exporter's port, and InstallPrometheus installs the chart there", true) { Grammar = OptionGrammar.ServiceNamespace, Otherwise = $"`{Deploy.HelmChart.PrometheusNamespace}` (`{Deploy.PrometheusTarget.OperatorNamespace}` with `--prometheus=operator`)" };
    public static readonly OptionDefinition KedaNamespace = new("keda-namespace", null, "the namespace KEDA's operator runs in: InstallKeda installs the chart there, and the installed Prometheus admits it (NetworkPolicy) and scrapes its metrics there; with `--keda=existing`, the cluster's KEDA namespace", true) { Grammar = OptionGrammar.ServiceNamespace, Otherwise = $"`{Deploy.HelmChart.KedaNamespace}`" };
    public static readonly OptionDefinition PrometheusAddress = new("prometheus-address", null, "the in-cluster address of the Prometheus the ScaledObject queries (`serverAddress`; `--prometheus-url` is the one this machine reaches)", true) { Grammar = OptionGrammar.Url, Otherwise = $"in `--prometheus-namespace`, the chart's Service `http://{Deploy.HelmChart.PrometheusServerService}.<namespace>.svc.cluster.local:{Deploy.HelmChart.PrometheusServerPort}` (`http://{Deploy.PrometheusTarget.OperatorService}.<namespace>.svc.cluster.local:{Deploy.PrometheusTarget.OperatorPort}` with `--prometheus=operator`)" };
    public static readonly OptionDefinition PrometheusRelease = new("prometheus-release", null, "with `--prometheus=operator`: the `release` label set on the PodMonitor and PrometheusRules, which kube-prometheus-stack's selectors ask for (its Helm release name)", true) { Grammar = OptionGrammar.Label, Otherwise = "no `release` label" };
    public static readonly OptionDefinition UpgradeCharts = new("upgrade-charts", null, "let InstallPrometheus and InstallKeda upgrade a release this pipeline did not install, or one at another chart version than the pin") { Grammar = OptionGrammar.Flag, Otherwise = "off: such a release stops the run before any change" };
    public static readonly OptionDefinition PrometheusChartVersion = new("prometheus-chart-version", "29.27.0", "the prometheus-community/prometheus chart version: the one whose values.yaml the tests render our values against (`tests/Orders.K8s.Tests/TestData`)", true) { Grammar = OptionGrammar.ChartVersion };
    public static readonly OptionDefinition KedaChartVersion = new("keda-chart-version", "2.20.2", "the kedacore/keda chart version (its version is the KEDA version it installs)", true) { Grammar = OptionGrammar.ChartVersion };
    public static readonly OptionDefinition WaitTimeout = new("wait-timeout", "5m", "how long `helm --wait`, `rollout status` and `wait` may each take (`90s`, `5m`, `1h`); the old `--timeout` still works, with a warning", true) { Grammar = OptionGrammar.Duration };

    // Smoke.
    public static readonly OptionDefinition PrometheusTimeout = new("prometheus-timeout", "60s", "Smoke: how long Prometheus gets to show `product_order_total`") { Grammar = OptionGrammar.Duration };
    public static readonly OptionDefinition ExporterUrl = new("exporter-url", null, "Smoke: the exporter, to check its `/metrics` too (a sidecar has no Service)") { Grammar = OptionGrammar.Url, Otherwise = "not checked directly" };

    // The load: Local, LoadTest, load.
    public static readonly OptionDefinition LocalProfile = new("profile", Local.LocalProfiles.Middle, "Local's load stages, `duration:rate` or `duration:from->to` (orders/s), or `boundary` (`" + Local.LocalProfiles.Boundary + "`: the 5/6 boundary)") { Grammar = OptionGrammar.LocalProfile };
    public static readonly OptionDefinition ClusterProfile = new("profile", "30s:0->50, 120s:50, 30s:0", "LoadTest's load stages") { Grammar = OptionGrammar.Profile };
    public static readonly OptionDefinition LoadProfile = new("profile", "10s:0->50, 20s:50", "the `load` verb's stages") { Grammar = OptionGrammar.Profile };
    public static readonly OptionDefinition Endpoint = new("endpoint", "product", "`product` (`GET /product`) or `orders` (`POST /orders`)") { Grammar = OptionGrammar.Endpoint };
    public static readonly OptionDefinition Concurrency = new("concurrency", "256", "requests in flight at most; one more that is due is dropped and counted, never delayed") { Grammar = OptionGrammar.WholeNumber };
    public static readonly OptionDefinition RequestTimeout = new("request-timeout", "5s", "how long one request of the load may take") { Grammar = OptionGrammar.Duration };
    public static readonly OptionDefinition LoadUrl = new("url", "http://127.0.0.1:8181/", "the `load` verb's target") { Grammar = OptionGrammar.Url };
    public static readonly OptionDefinition ImagesContainerTool = new("container-tool", "buildah", "Images: `buildah` or `podman` (no Docker engine runs where Images is for)", true) { Grammar = OptionGrammar.ContainerTool };
    public static readonly OptionDefinition PodOrders = new("pod-orders", "50", "Images: orders sent through the pod's app port; the exporter must count exactly that many") { Grammar = OptionGrammar.WholeNumber };
    public static readonly OptionDefinition Arrivals = new("arrivals", "constant", "the arrivals of LoadTest's and the `load` verb's load: `constant` (evenly spaced) or `poisson[:SEED]` (random like real traffic, reproducible with a seed)") { Grammar = OptionGrammar.Arrivals };
    public static readonly OptionDefinition LocalArrivals = new("arrivals", null, "the arrivals of Local's load: `poisson[:SEED]` (random like real traffic; `poisson` alone is seed 1) or `constant` (evenly spaced)") { Grammar = OptionGrammar.Arrivals, Otherwise = "Poisson with a fresh seed each run, printed as `--arrivals=poisson:SEED` to repeat it" };

    // Local.
    public static readonly OptionDefinition Observe = new("observe", "150s", "Local: watching after the profile, nothing sent, so the scale-down shows in the same run") { Grammar = OptionGrammar.Duration };
    public static readonly OptionDefinition Chaos = new("chaos", null, "Local: a fault in the middle of the profile's hold; `prometheus-stop:60s` kills Prometheus for 60 s and starts it again on the same TSDB, and the report shows KEDA's fallback, the alert OrdersScalingOnFallback's expression and the recovery (docs/what-local-proves.md)") { Grammar = OptionGrammar.Chaos, Otherwise = "no fault (`none`)" };
    public static readonly OptionDefinition AppPort = new("app-port", "8181", "Local's app port on 127.0.0.1 (a busy one is an error naming it)") { Grammar = OptionGrammar.WholeNumber };
    public static readonly OptionDefinition ExporterPort = new("exporter-port", "9181", "Local's exporter port on 127.0.0.1") { Grammar = OptionGrammar.WholeNumber };
    public static readonly OptionDefinition PrometheusPort = new("prometheus-port", "9090", "Local's Prometheus port on 127.0.0.1") { Grammar = OptionGrammar.WholeNumber };
    public static readonly OptionDefinition ScrapeInterval = new("scrape-interval", null, "Local Prometheus's scrape interval, for experiments (the report states the one used)") { Grammar = OptionGrammar.Duration, Otherwise = "the cluster's: the exporter job's `scrape_interval` in `k8s/prometheus-values.yaml`, else its `server.global.scrape_interval`" };
    public static readonly OptionDefinition PrometheusBinary = new("prometheus-binary", null, "Local and Tune: a Prometheus binary elsewhere") { Grammar = OptionGrammar.Path, Otherwise = "`prometheus` on PATH" };
    public static readonly OptionDefinition Compare = new("compare", "k8s/tutorial", "Local: the ScaledObject replayed next to ours (`none` for none)") { Grammar = OptionGrammar.Path };
    public static readonly OptionDefinition AppDll = new("app-dll", "artifacts/publish/Orders.App/release/Orders.App.dll", "Local: the published app (the Local target publishes it there)") { Grammar = OptionGrammar.Path };
    public static readonly OptionDefinition ExporterDll = new("exporter-dll", "artifacts/publish/Orders.Exporter/release/Orders.Exporter.dll", "Local: the published exporter") { Grammar = OptionGrammar.Path };
    public static readonly OptionDefinition LocalOutput = new("out", "artifacts/local", "Local: where the report is written (under --root when relative)") { Grammar = OptionGrammar.Path };

    // Replay.
    public static readonly OptionDefinition ReplayStart = new("start", "-1h", "Replay: the range's start, RFC 3339 (`2026-12-02T10:00:00Z`), `now` or before now (`-6h`, `-1h30m`)");
    public static readonly OptionDefinition ReplayEnd = new("end", "now", "Replay: the range's end, in the same forms as `--start`");
    public static readonly OptionDefinition ReplayStep = new("step", "1s", $"Replay: the resolution the queries are read at (at most `{Scaling.KubernetesDefaults.HpaSyncPeriod.TotalSeconds:0}s`, the HPA sync period)") { Grammar = OptionGrammar.Duration };
    public static readonly OptionDefinition ScaledObjects = new("scaledobject", "k8s/base,k8s/tutorial", "Replay: comma-separated kustomization directories or YAML files holding ScaledObjects") { Grammar = OptionGrammar.Path };
    public static readonly OptionDefinition LoadStart = new("load-start", null, "Replay: when the load started (a time as `--start` takes)") { Otherwise = "where the query first rises above zero" };
    public static readonly OptionDefinition LoadEnd = new("load-end", null, "Replay: when the load ended") { Otherwise = "where the query last drops to zero, minus its range window" };
    public static readonly OptionDefinition ScaleLoad = new("scale-load", "1", "Replay: what if the traffic were this many times the recorded one: every query's value is multiplied by it (valid for queries linear in traffic, such as `sum(rate(...))`)") { Grammar = OptionGrammar.Factor };
    public static readonly OptionDefinition ReplayOutput = new("out", "artifacts/replay", "Replay: where the report is written (under --root when relative)") { Grammar = OptionGrammar.Path };

    // Replay and the scaledobject-replay tool (docs/replay.md): inputs, Prometheus access, gates.
    public static readonly OptionDefinition FromCluster = new("from-cluster", null, "Replay: ScaledObjects read from the cluster, comma-separated `NAMESPACE/NAME` (`kubectl get scaledobject -o yaml`, with `--kube-context`)") { Grammar = OptionGrammar.NamespacedNames, Otherwise = "none" };
    public static readonly OptionDefinition Expect = new("expect", null, "Replay: a gate, repeatable: `[LABEL:]NAME OP NUMBER`, NAME a figure of summary.json (`peakReplicas.max`, `secondsToPeak.median`), OP one of `>= <= > < == !=`; a failed one exits 1 after the report is written") { Grammar = OptionGrammar.Expectation, Otherwise = "no gate" };
    public static readonly OptionDefinition ReplayFormat = new("format", "text", "Replay: what stdout shows: `text` (one line per ScaledObject), `json` (summary.json) or `markdown` (report.md); progress goes to stderr for json and markdown") { Grammar = OptionGrammar.ReplayFormat };
    public static readonly OptionDefinition BearerTokenEnv = new("bearer-token-env", null, "Replay: the environment variable holding a bearer token for Prometheus (KEDA's `authModes: bearer`); never the token itself") { Otherwise = "no token" };
    public static readonly OptionDefinition BearerTokenFile = new("bearer-token-file", null, "Replay: a file holding that bearer token (a service account's `token`)") { Grammar = OptionGrammar.Path, Otherwise = "no token" };
    public static readonly OptionDefinition BasicAuthUser = new("basic-auth-user", null, "Replay: the user name for Prometheus's basic auth (KEDA's `authModes: basic`); the password from `--basic-auth-password-env` or `--basic-auth-password-file`") { Otherwise = "no basic auth" };
    public static readonly OptionDefinition BasicAuthPasswordEnv = new("basic-auth-password-env", null, "Replay: the environment variable holding the basic-auth password") { Otherwise = "none" };
    public static readonly OptionDefinition BasicAuthPasswordFile = new("basic-auth-password-file", null, "Replay: a file holding the basic-auth password") { Grammar = OptionGrammar.Path, Otherwise = "none" };
    public static readonly OptionDefinition Header = new("header", null, "Replay: an HTTP header sent to Prometheus, `'Name: value'`, repeatable (a tenant: `'X-Scope-OrgID: team-a'`); a trigger's own `customHeaders` are sent too") { Grammar = OptionGrammar.Header, Otherwise = "none" };
    public static readonly OptionDefinition ToolPrometheusUrl = new("prometheus-url", null, "the Prometheus (or Thanos/Mimir/Cortex query frontend) holding the data") { Grammar = OptionGrammar.Url, Otherwise = "(required)" };
    public static readonly OptionDefinition ToolScaledObjects = new("scaledobject", null, "comma-separated YAML files (multi-document; other kinds ignored), folders (every *.yaml/*.yml), kustomization folders (`kubectl kustomize`) or `-` for stdin") { Grammar = OptionGrammar.Path, Otherwise = "(required unless `--from-cluster`)" };
    public static readonly OptionDefinition ToolOutput = new("out", "replay", "where report.md, summary.json, timeline.csv and replay.png are written (relative to the current directory)") { Grammar = OptionGrammar.Path };

    // Tune.
    public static readonly OptionDefinition TuneScrapes = new("tune-scrapes", "5s,10s,15s", "Tune: the orders job's scrape intervals weighed (whole seconds)") { Grammar = OptionGrammar.Durations };
    public static readonly OptionDefinition TuneWindows = new("tune-windows", "15s,20s,25s,30s,40s,1m,2m", "Tune: the query's range windows weighed (each pair whose window holds two scrapes)");
    public static readonly OptionDefinition TuneSeeds = new("tune-seeds", "30", "Tune: Poisson recordings of each load (1 to 100), each with its own scrape phase and faults; every share's 95 % interval counts seeds") { Grammar = OptionGrammar.WholeNumber };
    public static readonly OptionDefinition TuneRates = new("tune-rates", "38,40,42,44,48,50,52", "Tune: the steady rates held (orders/s); 44 is always among them; calm is judged at 38-42 and 48-52");
    public static readonly OptionDefinition TuneOutput = new("out", "artifacts/tune", "Tune: where the table is written (under --root when relative)") { Grammar = OptionGrammar.Path };

    // The model: Local, Replay, LoadTest (docs/model-versions.md).
    public static readonly OptionDefinition KubernetesVersion = new("kubernetes-version", "1.33", "the Kubernetes whose HPA arithmetic the model follows: before 1.33 the tolerance is `|1 - ratio| <= 0.1`, from 1.33 `isWithin` (44/s at 4 pods: 5 on 1.32, 4 on 1.33); LoadTest reads the cluster's when not given") { Grammar = OptionGrammar.KubernetesVersion };
    public static readonly OptionDefinition KedaVersion = new("keda-version", KedaChartVersion.Default, "the KEDA whose milli-units the model follows: before 2.20 truncated, 2.20 rounded, 2.20.2 negatives as 0; LoadTest takes `--keda-chart-version`'s when not given") { Grammar = OptionGrammar.ChartVersion };

    // LoadTest's pass bounds.
    public static readonly OptionDefinition ScaleUpBound = new("scale-up-bound", null, "LoadTest: by when (from the load's start) the ready replicas must reach the model's lowest peak") { Grammar = OptionGrammar.Duration, Otherwise = "the model's slowest HPA timing to its lowest peak + the pod start measured from the pods' conditions + 5 s (docs/loadtest-verdict.md)" };
    public static readonly OptionDefinition ScaleDownBound = new("scale-down-bound", null, "LoadTest: the time back to min allowed after the load") { Grammar = OptionGrammar.Duration, Otherwise = "the model's slowest time back to min + one HPA sync + 5 s" };
    public static readonly OptionDefinition Judge = new("judge", null, "LoadTest: judge a recorded run's directory (docs/loadtest-verdict.md) with no cluster; use with `--exclusive`") { Grammar = OptionGrammar.Path, Otherwise = "run the load against the cluster" };
    public static readonly OptionDefinition ClusterOutput = new("out", "artifacts/cluster", "LoadTest: where the report is written (under --root when relative)") { Grammar = OptionGrammar.Path };

    // Where things are.
    public static readonly OptionDefinition Root = new("root", null, "the repository (the Cake script passes its own)") { Grammar = OptionGrammar.Path, Otherwise = "the folder holding Orders.slnx at or above the current one" };
    public static readonly OptionDefinition Manifests = new("manifests", "k8s/base", "the Kustomize directory deployed and modelled") { Grammar = OptionGrammar.Path };
    public static readonly OptionDefinition TestResults = new("results", null, "test-summary: the folder holding the TRX files (the Test target passes the one its `dotnet test` wrote)") { Grammar = OptionGrammar.Path, Otherwise = "(required)" };
    public static readonly OptionDefinition RunTarget = new("run-target", null, "the Cake target of this run: an option of any verb in its chain is accepted, none other (the Cake script passes it)") { Otherwise = "this verb's target alone" };
    public static readonly OptionDefinition RunExclusive = new("run-exclusive", null, "the run is `--exclusive`: only --run-target's own options are accepted") { Grammar = OptionGrammar.Flag, Otherwise = "off" };
    public static readonly OptionDefinition Help = new("help", null, "print the verbs, or this verb's options with their defaults") { Grammar = OptionGrammar.Flag, Otherwise = "off" };
    public static readonly OptionDefinition Json = new("json", null, "targets: print the Cake targets as JSON (name, verb, description, dependencies), as build.cake reads them") { Grammar = OptionGrammar.Flag, Otherwise = "off" };
    public static readonly OptionDefinition Markdown = new("markdown", null, "targets: print the Targets and Settings tables of docs/targets-and-settings.md") { Grammar = OptionGrammar.Flag, Otherwise = "off" };
    public static readonly OptionDefinition Write = new("write", null, "targets --markdown: write the tables into docs/targets-and-settings.md in place instead of printing them") { Grammar = OptionGrammar.Flag, Otherwise = "off" };

    /// <summary>Renamed options: still accepted, with a warning naming the new name.</summary>
    public static readonly IReadOnlyDictionary<string, OptionDefinition> Renamed = new Dictionary<string, OptionDefinition>
    {
        ["timeout"] = WaitTimeout,
    };

    /// <summary>Options that no longer do anything: still accepted (a script that passes one keeps working), with a
    /// warning saying why it is ignored.</summary>
    public static readonly IReadOnlyDictionary<string, string> Retired = new Dictionary<string, string>
    {
        ["pod-start"] = "LoadTest now measures each pod's start from its conditions (PodScheduled -> Ready); docs/loadtest-verdict.md",
    };

    /// <summary>Old names a verb without a deployment still reads as another option: Local and `load` take the
    /// old --timeout as --request-timeout, as they always did (<see cref="Load.LoadOptions.From"/>).</summary>
    public static readonly IReadOnlyDictionary<string, OptionDefinition> ReadAs = new Dictionary<string, OptionDefinition>
    {
        ["timeout"] = RequestTimeout,
    };

    /// <summary>Accepted by every verb: where the repository is, and how the run is scoped.</summary>
    public static IReadOnlyList<OptionDefinition> Global { get; } = [Root, RunTarget, RunExclusive, Help];

    /// <summary>What <see cref="Deploy.ClusterSettings"/> reads: every verb that talks to the cluster.</summary>
    public static IReadOnlyList<OptionDefinition> Cluster { get; } =
        [Registry, ImageTag, ContainerTool, KubeContext, Namespace, Layout, Nodes, AppUrl, PrometheusUrl, Prometheus, Keda, PrometheusNamespace, KedaNamespace, PrometheusAddress, PrometheusRelease, UpgradeCharts, PrometheusChartVersion, KedaChartVersion, WaitTimeout, Manifests];

    /// <summary>What <see cref="Load.LoadOptions"/> reads: every verb that sends a load.</summary>
    public static IReadOnlyList<OptionDefinition> Load { get; } = [Endpoint, Concurrency, RequestTimeout, Arrivals];

    /// <summary>What Local's load reads: <see cref="Load"/> with Local's own arrivals (Poisson by default).</summary>
    public static IReadOnlyList<OptionDefinition> LocalLoad { get; } = [Endpoint, Concurrency, RequestTimeout, LocalArrivals];

    /// <summary>What <see cref="ModelVersionsArgument"/> reads: every verb that runs the KEDA/HPA model for a report.</summary>
    public static IReadOnlyList<OptionDefinition> Model { get; } = [KubernetesVersion, KedaVersion];

    /// <summary>What both the Replay target and the scaledobject-replay tool read, so the two cannot drift.</summary>
    public static IReadOnlyList<OptionDefinition> ReplayShared { get; } =
        [ReplayStart, ReplayEnd, ReplayStep, FromCluster, KubeContext, LoadStart, LoadEnd, Expect, ReplayFormat, BearerTokenEnv, BearerTokenFile, BasicAuthUser, BasicAuthPasswordEnv, BasicAuthPasswordFile, Header, ScaleLoad, .. Model];
}
