using Orders.Pipeline.Deploy;
using Orders.TestSupport;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Tests.Deploy;

/// <summary>
/// InstallPrometheus with --prometheus-namespace / --keda-namespace elsewhere than the defaults: the values that
/// select by namespace (the kube-state-metrics and keda-operator jobs, the server's NetworkPolicy) follow the
/// options through a second values file, so the kube_* and keda_* alerts keep their inputs and KEDA is admitted.
/// </summary>
public sealed class PrometheusNamespaceValuesTests : IDisposable
{
    private readonly TempDirectory _root = new("namespace-values");

    public PrometheusNamespaceValuesTests()
    {
        Directory.CreateDirectory(_root.Combine("k8s"));
        File.Copy(RepositoryRoot.Combine("k8s", "prometheus-values.yaml"), _root.Combine("k8s", "prometheus-values.yaml"));
    }

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Scrape_jobs_and_network_policy_follow_the_prometheus_and_keda_namespaces()
    {
        var runner = new FakeProcessRunner();

        await new ChartInstallVerb(TestCluster.Settings(_root.Path, "--prometheus-namespace=metrics", "--keda-namespace=autoscaling"), runner, HelmChart.Prometheus, TextWriter.Null)
            .RunAsync(CancellationToken.None);

        var overlay = _root.Combine("artifacts", "deploy", "prometheus-namespace-values.yaml");
        Assert.EndsWith($"--values {_root.Combine("k8s", "prometheus-values.yaml")} --values {overlay} --version 29.27.0 --description installed by Orders.Pipeline --wait --timeout=300s",
            runner.CommandLines[2], StringComparison.Ordinal);
        var values = Load(File.ReadAllText(overlay));
        Assert.Equal("metrics;kube-state-metrics;http", Regexes(values, "kube-state-metrics", "relabel_configs")[0]);
        Assert.Equal("autoscaling;keda-operator;metrics", Regexes(values, "keda-operator", "relabel_configs")[0]);
        Assert.Equal("autoscaling;keda-operator", Regexes(values, "kubernetes-service-endpoints", "metric_relabel_configs")[0]);
        var policy = Load(((YamlScalarNode)((YamlSequenceNode)values["extraManifests"]).Children.Single()).Value!);
        var admitted = ((YamlSequenceNode)((YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)policy["spec"])["ingress"]).Children.Single())["from"]).Children
            .Cast<YamlMappingNode>().Select(peer => ((YamlMappingNode)((YamlMappingNode)peer["namespaceSelector"])["matchLabels"]).Children.Single())
            .Select(label => $"{label.Key}={label.Value}").ToList();
        Assert.Equal(["kubernetes.io/metadata.name=autoscaling", "kubernetes.io/metadata.name=metrics", "prometheus-reader=true"], admitted);
    }

    [Fact]
    public async Task The_default_namespaces_need_no_second_values_file()
    {
        var runner = new FakeProcessRunner();

        await new ChartInstallVerb(TestCluster.Settings(_root.Path), runner, HelmChart.Prometheus, TextWriter.Null).RunAsync(CancellationToken.None);

        Assert.Single(runner.CommandLines[2].Split(' '), word => word == "--values");
        Assert.False(File.Exists(_root.Combine("artifacts", "deploy", "prometheus-namespace-values.yaml")));
    }

    private static YamlMappingNode Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static List<string> Regexes(YamlMappingNode values, string job, string list) =>
        [.. ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)values["scrapeConfigs"])[job])[list]).Children
            .Cast<YamlMappingNode>().Select(rule => rule.Children.TryGetValue("regex", out var regex) ? ((YamlScalarNode)regex).Value! : "")];
}
