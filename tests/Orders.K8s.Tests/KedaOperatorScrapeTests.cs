using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using k8s.Models;
using Orders.K8s.Tests.KedaChart;
using Orders.K8s.Tests.RealPrometheus;
using Orders.K8s.Tests.ScrapeConfig;

namespace Orders.K8s.Tests;

/// <summary>
/// The dashboard's KEDA panel gets KEDA's value once, shown with a real Prometheus and no cluster: Prometheus runs
/// the scrape configuration the chart renders from k8s/prometheus-values.yaml, its Kubernetes discovery stood in
/// for by files holding what discovery would set for the keda-operator Service (both its ports, annotated as the
/// KEDA chart annotates it with k8s/keda-values.yaml) and the operator pod (annotated as the chart annotates it).
/// One stand-in serves the operator's /metrics; the chart's 8080 is its port, the one value the test moves.
/// </summary>
[Trait("Category", "Process")]
public sealed class KedaOperatorScrapeTests : IDisposable
{
    private const string Value = "42";
    private readonly TempDirectory _directory = new("orders-keda-scrape");
    private readonly RunningServers _servers = new();

    [ToolFact("kubectl", "prometheus", "promtool")]
    public async Task The_dashboard_reads_KEDA_s_value_once_with_the_ScaledObject_s_namespace()
    {
        // Given: the operator's /metrics as KEDA 2.20 serves it, and a server behind the Service's other port
        var operatorMetrics = _servers.Start(new MetricsStub(() => $$"""
            # TYPE keda_scaler_metrics_value gauge
            keda_scaler_metrics_value{metric="s0-prometheus",namespace="orders",scaledObject="orders",scaler="prometheusScaler",triggerIndex="0",type="scaledobject"} {{Value}}

            """));
        var metricsService = _servers.Start(new MetricsStub(() => "# not a metrics endpoint\n"));
        var keda = KedaChartModel.MergedValues(KedaChartModel.OurValues());
        var serviceAnnotations = KedaChartModel.OperatorServiceAnnotations(keda).ToDictionary();
        Assert.Equal("8080", serviceAnnotations.GetValueOrDefault("prometheus.io/port"));
        serviceAnnotations["prometheus.io/port"] = operatorMetrics.Port.ToString(CultureInfo.InvariantCulture);
        var endpoints = KedaChartModel.OperatorServicePorts(keda)
            .Select(p => EndpointSliceDiscovery.Target("keda", "keda-operator", serviceAnnotations, "127.0.0.1", p.Name == "metrics" ? operatorMetrics.Port : metricsService.Port, p.Name))
            .ToArray();
        var operatorPod = new V1PodTemplateSpec
        {
            Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "keda-operator" }, Annotations = KedaChartModel.OperatorPodAnnotations(keda).ToDictionary() },
            Spec = new V1PodSpec { Containers = [new V1Container { Name = "keda-operator", Image = "keda", Ports = [new V1ContainerPort { Name = "metrics", ContainerPort = operatorMetrics.Port }] }] },
        };
        var pods = PodDiscovery.Targets(operatorPod, new StandInPod("keda", "keda-operator-5c8d7-abcde"), port => port);

        var manifests = Rendering.Rendered.Base();
        var prometheusPort = FreePort.Next();
        var standIn = new DiscoveryStandIn(_directory.Path, $"127.0.0.1:{prometheusPort}");
        var config = standIn.Rewrite(PrometheusChart.ScrapeConfig(manifests.PrometheusValues), TimeSpan.FromSeconds(1));
        foreach (var role in standIn.Roles)
        {
            FileSdTargets.Write(standIn.TargetsFile(role), role switch { "pod" => pods, "endpointslice" => endpoints, _ => [] });
        }

        // When: Prometheus has scraped the operator three times
        await using var prometheus = await PrometheusServer.StartAsync(config.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), TimeSpan.FromSeconds(30), new PrometheusOptions { Port = prometheusPort });
        using var api = new PrometheusApi(prometheus.Url);
        // Polling with a deadline: Prometheus offers no event for "scraped"; the stand-in counts its scrapes.
        Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(operatorMetrics.Scrapes >= 3), TimeSpan.FromSeconds(60)),
            $"the operator's stand-in was scraped {operatorMetrics.Scrapes} times in 60 s:\n{prometheus.Output}");
        var at = DateTimeOffset.UtcNow;

        // Then: one series, from the operator's own job, keeping the ScaledObject's namespace (honor_labels)...
        var series = await api.QueryAsync("keda_scaler_metrics_value", at);
        Assert.True(series.Count == 1, "keda_scaler_metrics_value: " + string.Join("; ", series.Select(s => s.Labels.ToJsonString())));
        Assert.Equal(("keda-operator", "orders"), (series[0].Labels["job"]?.ToString(), series[0].Labels["namespace"]?.ToString()));
        Assert.Null(series[0].Labels["exported_namespace"]);
        // ... the dashboard's own expression reads the value once, not twice...
        var expression = DashboardExpression("keda_scaler_metrics_value").Replace("$namespace", "orders", StringComparison.Ordinal).Replace("$scaledobject", "orders", StringComparison.Ordinal);
        Assert.Equal(Value, Assert.Single(await api.QueryAsync(expression, at)).Value);
        // ... and nothing scraped the Service's other port
        Assert.Equal(0, metricsService.Scrapes);
    }

    private static string DashboardExpression(string metric)
    {
        var dashboard = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("k8s", "monitoring", "orders-dashboard.json")))!;
        return dashboard["panels"]!.AsArray()
            .SelectMany(p => p?["targets"]?.AsArray() ?? [])
            .Select(t => t?["expr"]?.ToString() ?? "")
            .First(e => e.StartsWith("sum(" + metric, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _servers.Dispose();
        _directory.Dispose();
    }
}
