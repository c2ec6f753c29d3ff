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

        await new ChartInstallVerb(TestCluster.Settings(_root.Path, "--kube-context=kind-orders"), runner, HelmChart.Prometheus, TextWriter.Null).RunAsync(CancellationToken.None);

        Assert.Equal(
        [
            "helm list --all-namespaces --all --output json --kube-context kind-orders",
            "helm repo add prometheus-community https://prometheus-community.github.io/helm-charts --force-update",
            $"helm upgrade --install prometheus prometheus-community/prometheus --namespace prometheus --create-namespace --values {_root.Combine("k8s", "prometheus-values.yaml")} --version 29.27.0 --description installed by Orders.Pipeline --wait --timeout=300s --kube-context kind-orders",
        ], runner.CommandLines);
    }

    [Fact]
    public async Task Installs_Prometheus_into_the_prometheus_namespace_given()
    {
        Directory.CreateDirectory(_root.Combine("k8s"));
        File.Copy(RepositoryRoot.Combine("k8s", "prometheus-values.yaml"), _root.Combine("k8s", "prometheus-values.yaml"));
        var runner = new FakeProcessRunner();

        await new ChartInstallVerb(TestCluster.Settings(_root.Path, "--prometheus-namespace=metrics"), runner, HelmChart.Prometheus, TextWriter.Null).RunAsync(CancellationToken.None);

        Assert.Contains(" --namespace metrics --create-namespace ", runner.CommandLines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Installs_KEDA_into_the_keda_namespace_given()
    {
        Directory.CreateDirectory(_root.Combine("k8s"));
        File.WriteAllText(_root.Combine("k8s", "keda-values.yaml"), "prometheus: {}\n");
        var runner = new FakeProcessRunner();

        await new ChartInstallVerb(TestCluster.Settings(_root.Path, "--keda-namespace=autoscaling"), runner, HelmChart.Keda, TextWriter.Null).RunAsync(CancellationToken.None);

        Assert.Contains(" --namespace autoscaling --create-namespace ", runner.CommandLines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Installs_KEDA_with_its_values_and_a_given_version()
    {
        Directory.CreateDirectory(_root.Combine("k8s"));
        File.WriteAllText(_root.Combine("k8s", "keda-values.yaml"), "prometheus: {}\n");
        var runner = new FakeProcessRunner();

        await new ChartInstallVerb(TestCluster.Settings(_root.Path, "--keda-chart-version=2.19.0", "--wait-timeout=10m"), runner, HelmChart.Keda, TextWriter.Null).RunAsync(CancellationToken.None);

        Assert.Equal(
        [
            "helm list --all-namespaces --all --output json",
            "helm repo add kedacore https://kedacore.github.io/charts --force-update",
            $"helm upgrade --install keda kedacore/keda --namespace keda --create-namespace --values {_root.Combine("k8s", "keda-values.yaml")} --version 2.19.0 --description installed by Orders.Pipeline --wait --timeout=600s",
        ], runner.CommandLines);
    }

    [Fact]
    public async Task A_missing_KEDA_values_file_is_an_error_before_helm_runs()
    {
        var runner = new FakeProcessRunner();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new ChartInstallVerb(TestCluster.Settings(_root.Path), runner, HelmChart.Keda, TextWriter.Null).RunAsync(CancellationToken.None));

        Assert.Contains("keda-values.yaml does not exist", error.Message, StringComparison.Ordinal);
        Assert.Empty(runner.Calls);
    }

    [Fact]
    public void Every_charts_values_file_is_in_the_repository()
    {
        foreach (var chart in new[] { HelmChart.Prometheus, HelmChart.Keda })
        {
            Assert.NotNull(chart.ValuesFile);
            Assert.True(File.Exists(RepositoryRoot.Combine(chart.ValuesFile.Split('/'))), $"{chart.Chart}: {chart.ValuesFile} is missing");
        }
    }

    [Fact]
    public async Task A_missing_values_file_is_an_error_before_helm_runs()
    {
        var runner = new FakeProcessRunner();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new ChartInstallVerb(TestCluster.Settings(_root.Path), runner, HelmChart.Prometheus, TextWriter.Null).RunAsync(CancellationToken.None));

        Assert.Contains("prometheus-values.yaml does not exist", error.Message, StringComparison.Ordinal);
        Assert.Empty(runner.Calls);
    }
}
