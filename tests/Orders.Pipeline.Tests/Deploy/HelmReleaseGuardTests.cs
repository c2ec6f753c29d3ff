using Orders.Pipeline.Deploy;
using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Deploy;

/// <summary>install-keda and install-prometheus never change a release the pipeline did not install, nor one at
/// another chart version than the pin, unless --upgrade-charts; the pipeline's own release at the pin is upgraded.</summary>
public sealed class HelmReleaseGuardTests : IDisposable
{
    private const string KedaRelease = """[{"name":"keda","namespace":"keda","revision":"3","status":"deployed","chart":"keda-2.20.2","app_version":"2.20.2"}]""";
    private readonly TempDirectory _root = new("release-guard");

    public HelmReleaseGuardTests()
    {
        Directory.CreateDirectory(_root.Combine("k8s"));
        File.WriteAllText(_root.Combine("k8s", "keda-values.yaml"), "prometheus: {}\n");
    }

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task A_release_another_team_installed_stops_the_run_before_any_change()
    {
        var runner = new FakeProcessRunner().Answer("helm list", KedaRelease).Answer("helm history", History("Upgrade complete"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new ChartInstallVerb(TestCluster.Settings(_root.Path), runner, HelmChart.Keda, TextWriter.Null).RunAsync(CancellationToken.None));

        Assert.Contains("helm release keda in namespace keda (chart keda-2.20.2) was not installed by this pipeline", error.Message, StringComparison.Ordinal);
        Assert.Contains("--upgrade-charts", error.Message, StringComparison.Ordinal);
        Assert.Contains("--keda=existing", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(runner.CommandLines, c => c.StartsWith("helm upgrade", StringComparison.Ordinal) || c.StartsWith("helm repo", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_chart_under_another_name_stops_the_run_too()
    {
        var runner = new FakeProcessRunner().Answer("helm list", """[{"name":"platform-keda","namespace":"platform","chart":"keda-2.16.1"}]""");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new ChartInstallVerb(TestCluster.Settings(_root.Path), runner, HelmChart.Keda, TextWriter.Null).RunAsync(CancellationToken.None));

        Assert.Contains("helm release platform-keda in namespace platform", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(runner.CommandLines, c => c.StartsWith("helm upgrade", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_pipelines_own_release_at_another_version_stops_the_run()
    {
        var runner = new FakeProcessRunner().Answer("helm list", KedaRelease).Answer("helm history", History(HelmReleaseGuard.Marker));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new ChartInstallVerb(TestCluster.Settings(_root.Path, "--keda-chart-version=2.21.0"), runner, HelmChart.Keda, TextWriter.Null).RunAsync(CancellationToken.None));

        Assert.Contains("is at chart version 2.20.2, not the pinned 2.21.0", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(runner.CommandLines, c => c.StartsWith("helm upgrade", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_pipelines_own_release_at_the_pin_is_upgraded()
    {
        var runner = new FakeProcessRunner().Answer("helm list", KedaRelease).Answer("helm history", History(HelmReleaseGuard.Marker));

        await new ChartInstallVerb(TestCluster.Settings(_root.Path), runner, HelmChart.Keda, TextWriter.Null).RunAsync(CancellationToken.None);

        Assert.Equal("helm history keda --namespace keda --output json", runner.CommandLines[1]);
        Assert.StartsWith("helm upgrade --install keda kedacore/keda", runner.CommandLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upgrade_charts_lets_a_foreign_release_be_upgraded_and_says_so()
    {
        var runner = new FakeProcessRunner().Answer("helm list", KedaRelease).Answer("helm history", History("Install complete"));
        var output = new StringWriter();

        await new ChartInstallVerb(TestCluster.Settings(_root.Path, "--upgrade-charts"), runner, HelmChart.Keda, output).RunAsync(CancellationToken.None);

        Assert.StartsWith("helm upgrade --install keda kedacore/keda", runner.CommandLines[^1], StringComparison.Ordinal);
        Assert.Contains("--upgrade-charts: installing kedacore/keda 2.20.2", output.ToString(), StringComparison.Ordinal);
    }

    private static string History(string lastDeployedDescription) =>
        $$"""[{"revision":1,"status":"superseded","chart":"keda-2.20.2","description":"Install complete"},{"revision":2,"status":"deployed","chart":"keda-2.20.2","description":"{{lastDeployedDescription}}"}]""";
}
