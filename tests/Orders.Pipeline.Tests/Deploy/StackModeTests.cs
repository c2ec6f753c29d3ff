using Orders.Pipeline.Deploy;
using Orders.TestSupport;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Tests.Deploy;

/// <summary>--prometheus=existing|operator and --keda=existing install nothing; existing Prometheus gets the
/// exporter's scrape job, from k8s/prometheus-values.yaml, written for its owner.</summary>
public sealed class StackModeTests : IDisposable
{
    private readonly TempDirectory _root = new("stack-modes");

    public StackModeTests()
    {
        Directory.CreateDirectory(_root.Combine("k8s"));
        File.Copy(RepositoryRoot.Combine("k8s", "prometheus-values.yaml"), _root.Combine("k8s", "prometheus-values.yaml"));
        File.WriteAllText(_root.Combine("k8s", "keda-values.yaml"), "prometheus: {}\n");
    }

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Existing_Prometheus_and_KEDA_run_no_helm_and_the_scrape_job_is_written()
    {
        var runner = new FakeProcessRunner();
        var output = new StringWriter();
        var settings = TestCluster.Settings(_root.Path, "--prometheus=existing", "--keda=existing");

        await new ChartInstallVerb(settings, runner, HelmChart.Prometheus, output).RunAsync(CancellationToken.None);
        await new ChartInstallVerb(settings, runner, HelmChart.Keda, output).RunAsync(CancellationToken.None);

        Assert.Empty(runner.Calls);
        var job = File.ReadAllText(_root.Combine("artifacts", "deploy", "prometheus-scrape-job.yaml"));
        Assert.Contains("scrape_configs:", job, StringComparison.Ordinal);
        Assert.Contains("job_name: orders-exporter", job, StringComparison.Ordinal);
        Assert.Contains("kubernetes_sd_configs:", job, StringComparison.Ordinal);
        Assert.Contains("prometheus-scrape-job.yaml", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Existing_Prometheus_gets_the_kube_state_metrics_ScaledObject_config_beside_the_scrape_job()
    {
        var output = new StringWriter();

        await new ChartInstallVerb(TestCluster.Settings(_root.Path, "--prometheus=existing"), new FakeProcessRunner(), HelmChart.Prometheus, output).RunAsync(CancellationToken.None);

        var path = _root.Combine("artifacts", "deploy", "kube-state-metrics-scaledobjects.yaml");
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        var config = (YamlMappingNode)stream.Documents.Single().RootNode;
        Assert.Equal("CustomResourceStateMetrics", config["kind"].ToString());
        var resource = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)config["spec"])["resources"]).Children.Single();
        Assert.Equal(("keda.sh", "ScaledObject", "kube_scaledobject"),
            (((YamlMappingNode)resource["groupVersionKind"])["group"].ToString(), ((YamlMappingNode)resource["groupVersionKind"])["kind"].ToString(), resource["metricNamePrefix"].ToString()));
        Assert.Contains("#   - apiGroups: [keda.sh]", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Contains("kube-state-metrics-scaledobjects.yaml", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operator_mode_installs_no_Prometheus_chart()
    {
        var runner = new FakeProcessRunner();

        await new ChartInstallVerb(TestCluster.Settings(_root.Path, "--prometheus=operator"), runner, HelmChart.Prometheus, TextWriter.Null).RunAsync(CancellationToken.None);

        Assert.Empty(runner.Calls);
    }

    [Fact]
    public void Operator_mode_defaults_to_the_operators_Prometheus_in_monitoring()
    {
        var settings = TestCluster.Settings(_root.Path, "--prometheus=operator");

        Assert.Equal(("monitoring", "http://prometheus-operated.monitoring.svc.cluster.local:9090", false),
            (settings.Prometheus.Namespace, settings.Prometheus.Address, settings.Prometheus.Given));
        Assert.Equal(("prometheus-operated", 9090, "monitoring"), settings.Prometheus.InClusterService());
    }
}
