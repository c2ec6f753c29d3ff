using Orders.Pipeline.Cluster;
using Orders.Pipeline.Local;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tests.Cluster;

public sealed class PortForwardTests
{
    private static readonly string Root = Orders.TestSupport.RepositoryRoot.Path;

    [Fact]
    public async Task The_app_port_forward_targets_the_port_the_rendered_orders_Service_exposes()
    {
        var directory = Path.Combine(Root, "k8s", "base");
        var yaml = await KustomizeRenderer.RenderAsync(directory, CancellationToken.None);
        var spec = ScaledObjectReader.Read(yaml, directory);

        var port = ServicePortReader.Read(yaml, directory, spec.Name);

        Assert.Equal(
            ["--context", "kind-orders", "-n", "shop", "port-forward", "svc/orders", "40123:8181", "--address", "127.0.0.1"],
            PortForwardArguments.Build("kind-orders", "shop", $"svc/{spec.Name}", 40123, port));
    }

    [Fact]
    public void Without_a_context_the_arguments_carry_no_context_flag()
    {
        Assert.Equal(
            ["-n", "prometheus", "port-forward", "svc/prometheus-server", "5000:80", "--address", "127.0.0.1"],
            PortForwardArguments.Build(null, "prometheus", "svc/prometheus-server", 5000, 80));
    }

    [Theory]
    [InlineData("ports: [{name: metrics, port: 9181}, {name: http, port: 8181}]", 8181)]
    [InlineData("ports: [{port: 7000}]", 7000)]
    public void Reads_the_http_port_or_the_only_port(string ports, int expected)
    {
        var yaml = $"apiVersion: v1\nkind: Service\nmetadata: {{name: orders}}\nspec:\n  {ports}\n";

        Assert.Equal(expected, ServicePortReader.Read(yaml, "test.yaml", "orders"));
    }

    [Fact]
    public void A_missing_Service_names_the_source_and_what_to_do()
    {
        var error = Assert.Throws<InvalidDataException>(() => ServicePortReader.Read("kind: ConfigMap\nmetadata: {name: orders}\n", "test.yaml", "orders"));

        Assert.Contains("no Service 'orders' found; pass --app-url", error.Message, StringComparison.Ordinal);
    }
}
