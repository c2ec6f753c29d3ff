using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Orders.K8s.Tests.KedaChart;
using Orders.K8s.Tests.Policies;
using Orders.K8s.Tests.RealPrometheus;
using Orders.K8s.Tests.Rendering;
using Orders.K8s.Tests.ScrapeConfig;
using Orders.Pipeline.Deploy;

namespace Orders.K8s.Tests;

/// <summary>
/// Nobody but the exporter adds to the series KEDA scales on (issue 11, part 1), shown with a real Prometheus
/// and no cluster. Prometheus runs the scrape configuration the chart renders from k8s/prometheus-values.yaml
/// (TestData's chart values merged with ours), its Kubernetes discovery stood in for by files holding the
/// labels discovery would set: for the order pod rendered from k8s/base, and for impostors that serve the
/// order counter with namespace="orders", job="orders-exporter" and values a million times larger: an
/// annotated pod and a slow-scraped pod in another namespace, an annotated Service, a pod in another namespace
/// with our labels and port name, and the order pod's own app port. The impostors also serve the alerts' inputs for
/// the order pods (issue 23, item 7), which must come only from kube-state-metrics and KEDA's operator, stood in for
/// behind their Services as their charts make them.
/// </summary>
[Trait("Category", "Process")]
public sealed partial class ScalingSignalSourceTests : IDisposable
{
    private const string Intruder = "intruder";
    private static readonly TimeSpan ScrapeInterval = TimeSpan.FromSeconds(1);
    private readonly TempDirectory _directory = new("orders-signal");
    private readonly RunningServers _servers = new();

    [ToolFact("kubectl", "prometheus", "promtool")]
    public async Task Query_returns_the_exporter_rate_alone_while_impostors_serve_the_same_series()
    {
        // Given: the order pod as k8s/base renders it, its exporter's port served by a stand-in counting 5 orders/s
        var manifests = Rendered.Base();
        var deployment = Assert.Single(manifests.Deployments);
        var @namespace = deployment.Metadata.NamespaceProperty;
        var query = ScaledObjectTriggers.PrometheusQueries(Assert.Single(manifests.ScaledObjects)).Single().Query;
        var clock = Stopwatch.StartNew();
        var exporter = _servers.Start(new MetricsStub(() => string.Create(CultureInfo.InvariantCulture,
            $"# TYPE product_order_total counter\nproduct_order_total {5 * clock.Elapsed.TotalSeconds}\n")));
        var exporterPorts = PodContainers.Of(deployment).Select(c => c.Container)
            .Where(c => ExporterContract.IsExporterImage(c.Image)).SelectMany(c => c.Ports ?? []).Select(p => p.ContainerPort).ToHashSet();
        var app = _servers.Start(new Impostor("app", @namespace));
        var orderPod = new StandInPod(@namespace, "orders-7d9c8-abcde");
        var pods = PodDiscovery.Targets(deployment.Spec.Template, orderPod, port => exporterPorts.Contains(port) ? exporter.Port : app.Server.Port).ToList();

        // ... and the impostors
        var scrapeMe = new Dictionary<string, string> { ["prometheus.io/scrape"] = "true" };
        var annotated = _servers.Start(new Impostor("annotated", @namespace));
        pods.AddRange(annotated.AsPod(Intruder, new Dictionary<string, string> { ["app"] = "x" },
            new Dictionary<string, string>(scrapeMe) { ["prometheus.io/port"] = annotated.Server.Port.ToString(CultureInfo.InvariantCulture) }, "x", "web"));
        var slow = _servers.Start(new Impostor("slow", @namespace));
        pods.AddRange(slow.AsPod(Intruder, new Dictionary<string, string> { ["app"] = "y" },
            new Dictionary<string, string> { ["prometheus.io/scrape_slow"] = "true", ["prometheus.io/port"] = slow.Server.Port.ToString(CultureInfo.InvariantCulture) }, "y", "web"));
        var lookalike = _servers.Start(new Impostor("lookalike", @namespace));
        pods.AddRange(lookalike.AsPod(Intruder, deployment.Spec.Template.Metadata.Labels, new Dictionary<string, string>(), "exporter", "metrics"));
        var service = _servers.Start(new Impostor("service", @namespace));
        // ... and the genuine sources of the alerts' inputs: kube-state-metrics and KEDA's operator, by their Services
        var merged = PrometheusChart.MergedValues(manifests.PrometheusValues);
        var kubeStateMetrics = _servers.Start(new MetricsStub(() => AlertInputs.KubeStateMetrics(@namespace)));
        var kedaOperator = _servers.Start(new MetricsStub(() => AlertInputs.KedaOperator(@namespace)));
        var keda = KedaChartModel.MergedValues(KedaChartModel.OurValues());
        var kedaAnnotations = KedaChartModel.OperatorServiceAnnotations(keda).ToDictionary();
        kedaAnnotations["prometheus.io/port"] = kedaOperator.Port.ToString(CultureInfo.InvariantCulture); // the one value moved: 8080 -> the stand-in's port
        var endpointSlices = new[]
        {
            EndpointSliceDiscovery.Target(Intruder, "service", scrapeMe, "127.0.0.1", service.Server.Port, "web"),
            EndpointSliceDiscovery.Target(KubeStateMetricsChart.Namespace, KubeStateMetricsChart.ServiceName, KubeStateMetricsChart.ServiceAnnotations(merged),
                "127.0.0.1", kubeStateMetrics.Port, KubeStateMetricsChart.PortName, KubeStateMetricsChart.ServiceLabels),
            EndpointSliceDiscovery.Target(HelmChart.Keda.Namespace, "keda-operator", kedaAnnotations, "127.0.0.1", kedaOperator.Port, "metrics"),
        };

        var prometheusPort = FreePort.Next();
        var standIn = new DiscoveryStandIn(_directory.Path, $"127.0.0.1:{prometheusPort}");
        var config = standIn.Rewrite(PrometheusChart.ScrapeConfig(manifests.PrometheusValues), ScrapeInterval);
        foreach (var role in standIn.Roles)
        {
            FileSdTargets.Write(standIn.TargetsFile(role), role switch { "pod" => pods, "endpointslice" => endpointSlices, _ => [] });
        }

        var configFile = _directory.Combine("prometheus.yml");
        var configText = config.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        File.WriteAllText(configFile, configText);
        var check = await Promtool.RunAsync(["check", "config", configFile]);
        Assert.True(check.ExitCode == 0, $"promtool check config rejects the configuration rendered from the chart and k8s/prometheus-values.yaml:\n{check.Output}");

        // When: Prometheus has scraped each of its targets three times (two samples of each are stored)
        await using var prometheus = await PrometheusServer.StartAsync(configText, TimeSpan.FromSeconds(30), new PrometheusOptions { Port = prometheusPort });
        using var api = new PrometheusApi(prometheus.Url);
        MetricsStub[] servers = [exporter, app.Server, annotated.Server, slow.Server, lookalike.Server, service.Server, kubeStateMetrics, kedaOperator];
        await WaitUntilEveryTargetScrapedAsync(prometheus, api, servers, TimeSpan.FromSeconds(60));
        var at = DateTimeOffset.UtcNow;

        // Then: the query reads one series, the exporter's, labelled by Prometheus...
        var selector = SeriesSelector().Match(query).Value;
        var series = await api.QueryAsync(selector, at);
        Assert.True(series.Count == 1, $"{selector} selects {series.Count} series, expected only the exporter's ({exporter.Address}):\n"
            + string.Join("\n", series.Select(s => $"{s.Labels.ToJsonString()} {s.Value}")));
        var labels = series[0].Labels;
        Assert.Equal(
            (exporter.Address, orderPod.Name, @namespace, "orders-exporter"),
            (labels["instance"]?.ToString(), labels["pod"]?.ToString(), labels["namespace"]?.ToString(), labels["job"]?.ToString()));

        // ... and returns exactly the exporter's rate, computed from the exporter's samples alone
        var value = Assert.Single(await api.QueryAsync(query, at)).Value;
        var window = RangeWindow().Match(query).Value;
        var exporterRate = Assert.Single(await api.QueryAsync($"sum(rate(product_order_total{{instance=\"{exporter.Address}\"}}{window}))", at)).Value;
        Assert.Equal(exporterRate, value);
        Assert.InRange(double.Parse(value, CultureInfo.InvariantCulture), 0.01, 5.5);

        // ... the alerts' inputs for this namespace come from kube-state-metrics and KEDA's operator alone, with
        // the namespace they report (honor_labels only in their own jobs); an impostor's copy keeps its own namespace
        foreach (var name in AlertInputs.Names)
        {
            var inputs = await api.QueryAsync($"{name}{{namespace=\"{@namespace}\"}}", at);
            var source = name.StartsWith("keda_", StringComparison.Ordinal) ? kedaOperator : kubeStateMetrics;
            Assert.True(inputs.Count == 1 && inputs[0].Labels["instance"]?.ToString() == source.Address && inputs[0].Value == AlertInputs.Expected(name),
                $"{name}{{namespace=\"{@namespace}\"}}: expected only {source.Address}'s value {AlertInputs.Expected(name)}; found\n"
                + string.Join("\n", inputs.Select(i => $"{i.Labels.ToJsonString()} {i.Value}")));
            Assert.All(await api.QueryAsync($"{name}{{exported_namespace=\"{@namespace}\"}}", at), i => Assert.Equal(Intruder, i.Labels["namespace"]?.ToString()));
        }

        // ... although Prometheus did fetch every impostor that a pod or Service can get scraped (not the app's port)
        Assert.All(new[] { annotated, slow, lookalike, service }, i => Assert.True(i.Server.Scrapes >= 3, $"impostor {i.Name} was scraped {i.Server.Scrapes} times"));
        Assert.Equal(0, app.Server.Scrapes);
    }

    /// <summary>
    /// Polls Prometheus's active targets until the exporter (<c>servers[0]</c>) is one of them and each has been
    /// scraped at least three times, and checks on the way that Prometheus reaches only the servers started
    /// here (never a fixed port of another process).
    /// </summary>
    private static async Task WaitUntilEveryTargetScrapedAsync(PrometheusServer prometheus, PrometheusApi api, MetricsStub[] servers, TimeSpan timeout)
    {
        var ours = servers.ToDictionary(s => s.Port);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var targets = await api.ActiveTargetsAsync();
            var foreign = targets.Where(t => !Uri.TryCreate(t.ScrapeUrl, UriKind.Absolute, out var uri)
                || !(uri.Host == "127.0.0.1" && (ours.ContainsKey(uri.Port) || uri.Authority == prometheus.Authority))).ToList();
            Assert.True(foreign.Count == 0, $"Prometheus would scrape a server this test did not start: {string.Join(", ", foreign)}");
            var behind = targets
                .Select(t => new Uri(t.ScrapeUrl))
                .Where(u => u.Host == "127.0.0.1" && ours.ContainsKey(u.Port))
                .Select(u => ours[u.Port])
                .ToList();
            if (behind.Contains(servers[0]) && behind.All(s => s.Scrapes >= 3))
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not every target was scraped 3 times within {timeout}: {string.Join(", ", targets)}\n{prometheus.Output}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    public void Dispose()
    {
        _servers.Dispose();
        _directory.Dispose();
    }

    /// <summary>`product_order_total{...}` out of the query: the series it sums.</summary>
    [GeneratedRegex(@"[a-zA-Z_:][a-zA-Z0-9_:]*\{[^}]*\}")]
    private static partial Regex SeriesSelector();

    // The query's range window, brackets included ("[20s]"), so the exporter's own rate is read over the same one.
    [GeneratedRegex(@"\[[0-9a-z]+\]")]
    private static partial Regex RangeWindow();
}
