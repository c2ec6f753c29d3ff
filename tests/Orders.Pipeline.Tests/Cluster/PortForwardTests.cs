using Orders.Pipeline.Cluster;
using Orders.Pipeline.Deploy;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Manifests;
using Orders.Pipeline.Tests.Deploy;

namespace Orders.Pipeline.Tests.Cluster;

public sealed class PortForwardTests
{
    [Fact]
    public async Task Forwards_to_the_port_kubectl_reports_and_stops_kubectl_on_dispose()
    {
        var runner = new FakeProcessRunner().Prints("kubectl port-forward", "Forwarding from 127.0.0.1:40123 -> 8181", "Forwarding from [::1]:40123 -> 8181");

        await using (var forward = await PortForward.StartAsync(runner, "svc/orders", 8181, "shop", "kind-orders", TimeSpan.FromSeconds(5), CancellationToken.None))
        {
            Assert.Equal(new Uri("http://127.0.0.1:40123/"), forward.Url);
        }

        Assert.Equal(["kubectl port-forward svc/orders :8181 --namespace shop --context kind-orders --address=127.0.0.1"], runner.CommandLines);
        Assert.Equal(1, runner.StoppedTools);
    }

    [Fact]
    public async Task A_forward_that_never_reports_its_port_is_stopped_and_named()
    {
        var runner = new FakeProcessRunner().Prints("kubectl port-forward", "error: services \"prometheus-server\" not found");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            PortForward.StartAsync(runner, "svc/prometheus-server", 80, "prometheus", null, TimeSpan.FromMilliseconds(100), CancellationToken.None));

        Assert.Contains("kubectl port-forward to svc/prometheus-server printed no 'Forwarding from' line", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, runner.StoppedTools);
    }

    [Fact]
    public async Task A_kubectl_that_exits_without_forwarding_fails_at_once_not_at_the_timeout()
    {
        var runner = new FakeProcessRunner().PrintsAndExits("kubectl port-forward", "error: services \"orders\" not found");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            PortForward.StartAsync(runner, "svc/orders", 8181, "shop", null, TimeSpan.FromHours(1), CancellationToken.None));

        Assert.StartsWith("kubectl port-forward to svc/orders exited without forwarding", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_app_forward_targets_the_Service_and_port_the_rendered_manifests_name()
    {
        var runner = new FakeProcessRunner()
            .Prints("kubectl port-forward svc/shop-api", "Forwarding from 127.0.0.1:40001 -> 8181")
            .Prints("kubectl port-forward svc/prometheus-server", "Forwarding from 127.0.0.1:40002 -> 9090");
        var settings = TestCluster.Settings(Path.GetTempPath(), "--namespace=shop");
        var workload = ScaledWorkload.From(RenderedManifests.Read(TestCluster.RenderedYaml, "test.yaml"));

        await using (var reach = await ClusterReach.OpenAsync(runner, settings, workload, CancellationToken.None))
        {
            Assert.Equal((new Uri("http://127.0.0.1:40001/"), new Uri("http://127.0.0.1:40002/")), (reach.AppUrl, reach.PrometheusUrl));
        }

        Assert.Equal(
        [
            "kubectl port-forward svc/shop-api :8181 --namespace shop --address=127.0.0.1",
            "kubectl port-forward svc/prometheus-server :80 --namespace prometheus --address=127.0.0.1",
        ], runner.CommandLines);
        Assert.Equal(2, runner.StoppedTools);
    }

    [Fact]
    public async Task Given_urls_open_no_port_forward()
    {
        var runner = new FakeProcessRunner();
        var settings = TestCluster.Settings(Path.GetTempPath(), "--app-url=http://127.0.0.1:1", "--prometheus-url=http://127.0.0.1:2/");

        await using var reach = await ClusterReach.OpenAsync(runner, settings, ScaledWorkload.From(RenderedManifests.Read(TestCluster.RenderedYaml, "test.yaml")), CancellationToken.None);

        Assert.Equal(new Uri("http://127.0.0.1:1/"), reach.AppUrl);
        Assert.Empty(runner.Calls);
    }

    [Theory]
    [InlineData("ports: [{name: metrics, port: 9181}, {name: http, port: 8181}]", 8181)]
    [InlineData("ports: [{port: 7000}]", 7000)]
    public void Reads_the_http_port_or_the_only_port(string ports, int expected)
    {
        var yaml = $"apiVersion: v1\nkind: Service\nmetadata: {{name: orders}}\nspec:\n  {ports}\n";

        Assert.Equal(expected, RenderedManifests.Read(yaml, "test.yaml").ServicePort("orders"));
    }

    [Fact]
    public void A_missing_Service_names_the_source_and_what_to_do()
    {
        var error = Assert.Throws<InvalidDataException>(() => RenderedManifests.Read("kind: ConfigMap\nmetadata: {name: orders}\n", "test.yaml").ServicePort("orders"));

        Assert.Contains("no Service 'orders' found; pass --app-url", error.Message, StringComparison.Ordinal);
    }
}
