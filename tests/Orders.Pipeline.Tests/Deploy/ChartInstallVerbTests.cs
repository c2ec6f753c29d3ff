using Orders.Pipeline.Deploy;
using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Deploy;

/// <summary>install-prometheus and install-keda: helm's argv, the pinned versions and the wait.</summary>
public sealed class ChartInstallVerbTests : IDisposable
{
    private readonly TempDirectory _root = new("chart-verb");

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Installs_Prometheus_pinned_with_its_values_and_the_kube_context()
    {
        Directory.CreateDirectory(_root.Combine("k8s"));
        File.WriteAllText(_root.Combine("k8s", "prometheus-values.yaml"), "server: {}\n");
        var runner = new FakeProcessRunner();

        await new ChartInstallVerb(TestCluster.Settings(_root.Path, "--kube-context=kind-orders"), runner, HelmChart.Prometheus).RunAsync(CancellationToken.None);

        Assert.Equal(
        [
            "helm repo add prometheus-community https://prometheus-community.github.io/helm-charts --force-update",
            $"helm upgrade --install prometheus prometheus-community/prometheus --namespace prometheus --create-namespace --values {_root.Combine("k8s", "prometheus-values.yaml")} --version 29.27.0 --wait --timeout=300s --kube-context kind-orders",
        ], runner.CommandLines);
    }

    [Fact]
    public async Task Installs_KEDA_with_the_charts_defaults_and_a_given_version()
    {
        var runner = new FakeProcessRunner();

        await new ChartInstallVerb(TestCluster.Settings(_root.Path, "--keda-chart-version=2.19.0", "--wait-timeout=10m"), runner, HelmChart.Keda).RunAsync(CancellationToken.None);

        Assert.Equal("helm upgrade --install keda kedacore/keda --namespace keda --create-namespace --version 2.19.0 --wait --timeout=600s", runner.CommandLines[1]);
    }

    [Fact]
    public async Task A_missing_values_file_is_an_error_before_helm_runs()
    {
        var runner = new FakeProcessRunner();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new ChartInstallVerb(TestCluster.Settings(_root.Path), runner, HelmChart.Prometheus).RunAsync(CancellationToken.None));

        Assert.Contains("prometheus-values.yaml does not exist", error.Message, StringComparison.Ordinal);
        Assert.Empty(runner.Calls);
    }
}
