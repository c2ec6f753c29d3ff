using System.Globalization;
using System.Text.Json.Nodes;
using Orders.K8s.Tests.Rendering;
using Orders.K8s.Tests.ScrapeConfig;
using Orders.K8s.Tests.TestSupport;

namespace Orders.K8s.Tests.KedaChart;

/// <summary>
/// What the kedacore/keda chart makes of k8s/keda-values.yaml, for the parts that decide whether Prometheus
/// gets KEDA's own metrics. The chart's 2.20.2 values.yaml and templates were not available to this project;
/// the keys, defaults and template logic below were read from kedacore/charts as stored (keda/values.yaml at
/// 56b0749fd7e14a447e70154d48187fcf9c4609d2; keda/templates/manager/deployment.yaml at
/// 03210df79ff87ce25551da2540fc9bd6c4865c99; keda/templates/manager/service.yaml at
/// 008b720420797ff8fd8fcc43dbbb64e020efc5ab; keda/templates/metrics-server/service.yaml at
/// 0f835ccdeebaa02fcc1b94ec719d11702c481877) and agree with the chart's documented values up to v2.17.
/// </summary>
public static class KedaChartModel
{
    /// <summary>The operator's ports in the chart's Deployment: 8080 (named http: --metrics-bind-address, when
    /// prometheus.operator.enabled) and 9666 (metricsservice: the gRPC service the metrics API server reads).</summary>
    public const int OperatorMetricsServicePort = 9666;

    /// <summary>The value paths of the chart this project may set, with the chart's defaults (null: a map,
    /// empty by default). Only these: a key missing here is either a typo, which helm ignores without a word,
    /// or a new choice, which belongs here first with its source.</summary>
    public static readonly IReadOnlyDictionary<string, JsonNode?> KnownValues = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
    {
        ["prometheus.operator.enabled"] = false,
        ["prometheus.operator.port"] = 8080,
        ["prometheus.operator.serviceMonitor.enabled"] = false,
        ["prometheus.operator.podMonitor.enabled"] = false,
        ["prometheus.metricServer.enabled"] = false,
        ["prometheus.metricServer.port"] = 8080,
        ["prometheus.metricServer.portName"] = "metrics",
        ["prometheus.metricServer.serviceMonitor.enabled"] = false,
        ["prometheus.metricServer.podMonitor.enabled"] = false,
        ["prometheus.webhooks.enabled"] = false,
        ["prometheus.webhooks.port"] = 8080,
        ["podAnnotations.keda"] = null,
        ["podAnnotations.metricsAdapter"] = null,
        ["podAnnotations.webhooks"] = null,
        ["additionalAnnotations"] = null,
        ["service.annotations"] = null,
    };

    private static readonly HashSet<string> Maps = KnownValues.Where(p => p.Value is null).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

    public static JsonObject OurValues() => (JsonObject)YamlToJson.ConvertAll(File.ReadAllText(RepositoryFiles.KedaValues)).Single()!;

    /// <summary>The chart's defaults for <see cref="KnownValues"/> with <paramref name="overrides"/> merged over them as helm does.</summary>
    public static JsonObject MergedValues(JsonObject overrides)
    {
        var defaults = new JsonObject();
        foreach (var (path, value) in KnownValues)
        {
            Set(defaults, path.Split('.'), value?.DeepClone() ?? new JsonObject());
        }

        return HelmValues.Merge(defaults, overrides);
    }

    /// <summary>Every path a values file sets, down to a scalar, a list, or an entry of a map-valued key
    /// (podAnnotations.keda.&lt;annotation&gt; is the map podAnnotations.keda).</summary>
    public static IReadOnlyList<string> SetPaths(JsonObject values)
    {
        var paths = new List<string>();
        Walk(values, string.Empty, paths);
        return paths;
    }

    /// <summary>The paths of <see cref="SetPaths"/> the chart does not have.</summary>
    public static IReadOnlyList<string> UnknownPaths(JsonObject values) => SetPaths(values).Where(p => !KnownValues.ContainsKey(p)).ToList();

    /// <summary>manager/service.yaml: the keda-operator Service's prometheus.io annotations, set when the
    /// operator's metrics are on and neither a PodMonitor nor a ServiceMonitor is asked for; then
    /// additionalAnnotations and service.annotations.</summary>
    public static IReadOnlyDictionary<string, string> OperatorServiceAnnotations(JsonObject merged)
    {
        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Bool(merged, "prometheus.operator.enabled") && !Bool(merged, "prometheus.operator.podMonitor.enabled") && !Bool(merged, "prometheus.operator.serviceMonitor.enabled"))
        {
            annotations["prometheus.io/scrape"] = "true";
            annotations["prometheus.io/port"] = Scalar(merged, "prometheus.operator.port");
            annotations["prometheus.io/path"] = "/metrics";
        }

        AddMap(annotations, merged, "additionalAnnotations");
        AddMap(annotations, merged, "service.annotations");
        return annotations;
    }

    /// <summary>manager/service.yaml's ports: metricsservice always, metrics (the operator's port) when its metrics are on.</summary>
    public static IReadOnlyList<(string Name, int Port)> OperatorServicePorts(JsonObject merged)
    {
        var ports = new List<(string, int)> { ("metricsservice", OperatorMetricsServicePort) };
        if (Bool(merged, "prometheus.operator.enabled"))
        {
            ports.Add(("metrics", int.Parse(Scalar(merged, "prometheus.operator.port"), CultureInfo.InvariantCulture)));
        }

        return ports;
    }

    /// <summary>manager/deployment.yaml: the operator pod's annotations are podAnnotations.keda and additionalAnnotations.</summary>
    public static IReadOnlyDictionary<string, string> OperatorPodAnnotations(JsonObject merged)
    {
        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
        AddMap(annotations, merged, "podAnnotations.keda");
        AddMap(annotations, merged, "additionalAnnotations");
        return annotations;
    }

    private static void Walk(JsonObject map, string prefix, List<string> paths)
    {
        foreach (var (key, value) in map)
        {
            var path = prefix.Length == 0 ? key : prefix + "." + key;
            if (value is JsonObject child && !Maps.Contains(path))
            {
                Walk(child, path, paths);
            }
            else
            {
                paths.Add(path);
            }
        }
    }

    private static void Set(JsonObject root, string[] path, JsonNode value)
    {
        var node = root;
        foreach (var key in path[..^1])
        {
            if (node[key] is not JsonObject next)
            {
                next = [];
                node[key] = next;
            }

            node = next;
        }

        node[path[^1]] = value;
    }

    private static JsonNode? At(JsonObject root, string path) =>
        path.Split('.').Aggregate<string, JsonNode?>(root, (node, key) => node is JsonObject map ? map[key] : null);

    private static bool Bool(JsonObject root, string path) => At(root, path) is JsonValue value && value.TryGetValue<bool>(out var b) && b;

    private static string Scalar(JsonObject root, string path) => At(root, path)?.ToString() ?? throw new InvalidOperationException($"{path} is not set");

    private static void AddMap(Dictionary<string, string> annotations, JsonObject root, string path)
    {
        foreach (var (key, value) in At(root, path) as JsonObject ?? [])
        {
            annotations[key] = value?.ToString() ?? string.Empty;
        }
    }
}
