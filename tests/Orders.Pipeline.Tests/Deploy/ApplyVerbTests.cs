using Orders.Pipeline.Deploy;
using Orders.TestSupport;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Tests.Deploy;

/// <summary>apply: the kustomization it writes (a YAML serializer's, so values cannot break it), then the
/// kubectl commands in order, with names read from what Kustomize rendered.</summary>
public sealed class ApplyVerbTests : IDisposable
{
    private readonly TempDirectory _root = new("apply-verb");

    public ApplyVerbTests() => Directory.CreateDirectory(_root.Combine("k8s", "base"));

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Renders_applies_and_waits_for_what_the_manifests_name()
    {
        var runner = new FakeProcessRunner().Answer("kubectl kustomize", TestCluster.RenderedYaml);
        var settings = TestCluster.Settings(_root.Path, "--registry=registry.example:5000/team", "--image-tag=abc1234", "--namespace=shop",
            "--kube-context=kind-orders", "--wait-timeout=90s");

        await new ApplyVerb(settings, runner, TextWriter.Null, TimeProvider.System).RunAsync(CancellationToken.None);

        var deploy = _root.Combine("artifacts", "deploy");
        Assert.Equal(
        [
            $"kubectl kustomize {deploy}",
            $"kubectl apply --filename {deploy}/orders.yaml --context kind-orders",
            "kubectl rollout status deployment/shop-api --namespace shop --context kind-orders --timeout=90s",
            "kubectl wait scaledobject/shop-scaler --namespace shop --context kind-orders --for=condition=Ready --timeout=90s",
        ], runner.CommandLines);
        Assert.Equal(TestCluster.RenderedYaml + "\n", File.ReadAllText(Path.Combine(deploy, "orders.yaml")));
        Assert.Equal(TimeSpan.FromSeconds(150), runner.Calls[2].Timeout); // the wait plus a minute: kubectl's own message comes first
    }

    [Fact]
    public async Task The_kustomization_sets_namespace_and_images_as_strings()
    {
        var runner = new FakeProcessRunner().Answer("kubectl kustomize", TestCluster.RenderedYaml);
        var settings = TestCluster.Settings(_root.Path, "--registry=localhost:5001", "--image-tag=1e10", "--namespace=shop");

        await new ApplyVerb(settings, runner, TextWriter.Null, TimeProvider.System).RunAsync(CancellationToken.None);

        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(_root.Combine("artifacts", "deploy", "kustomization.yaml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Equal("shop", root["namespace"].ToString());
        Assert.Equal("../../k8s/base", ((YamlSequenceNode)root["resources"])[0].ToString());
        var app = (YamlMappingNode)((YamlSequenceNode)root["images"])[0];
        Assert.Equal(("orders-app", "localhost:5001/orders-app", "1e10"), (app["name"].ToString(), app["newName"].ToString(), app["newTag"].ToString()));
        Assert.NotEqual(YamlDotNet.Core.ScalarStyle.Plain, ((YamlScalarNode)app["newTag"]).Style); // 1e10 stays a string, not a float
    }

    [Fact]
    public async Task The_default_layout_adds_the_seed_layout_component_and_portable_adds_none()
    {
        var runner = new FakeProcessRunner().Answer("kubectl kustomize", TestCluster.RenderedYaml);

        await new ApplyVerb(TestCluster.Settings(_root.Path, "--registry=localhost:5001", "--image-tag=t1"), runner, TextWriter.Null, TimeProvider.System).RunAsync(CancellationToken.None);
        var seed = ReadKustomization();
        await new ApplyVerb(TestCluster.Settings(_root.Path, "--registry=localhost:5001", "--image-tag=t1", "--layout=portable"), runner, TextWriter.Null, TimeProvider.System).RunAsync(CancellationToken.None);
        var portable = ReadKustomization();

        Assert.Equal("../../k8s/components/seed-layout", ((YamlSequenceNode)seed["components"])[0].ToString());
        Assert.False(portable.Children.ContainsKey("components"));
    }

    [Fact]
    public async Task Prometheus_options_patch_the_orders_prometheus_ConfigMap_and_the_default_leaves_it_alone()
    {
        var runner = new FakeProcessRunner().Answer("kubectl kustomize", TestCluster.RenderedYaml);

        await new ApplyVerb(TestCluster.Settings(_root.Path, "--registry=localhost:5001", "--image-tag=t1"), runner, TextWriter.Null, TimeProvider.System).RunAsync(CancellationToken.None);
        var byDefault = ReadKustomization();
        await new ApplyVerb(TestCluster.Settings(_root.Path, "--registry=localhost:5001", "--image-tag=t1", "--prometheus-namespace=monitoring"), runner, TextWriter.Null, TimeProvider.System).RunAsync(CancellationToken.None);
        var patched = (YamlMappingNode)((YamlSequenceNode)ReadKustomization()["patches"])[0];

        Assert.False(byDefault.Children.ContainsKey("patches"));
        Assert.Equal("orders-prometheus", ((YamlMappingNode)patched["target"])["name"].ToString());
        using var ops = System.Text.Json.JsonDocument.Parse(patched["patch"].ToString());
        Assert.Equal(
            [("/data/namespace", "monitoring"), ("/data/serverAddress", "http://prometheus-server.monitoring.svc.cluster.local:80")],
            ops.RootElement.EnumerateArray().Select(op => (op.GetProperty("path").GetString(), op.GetProperty("value").GetString())).ToList());
    }

    [Fact]
    public void The_app_and_Prometheus_may_not_share_a_namespace()
    {
        var error = Assert.Throws<ArgumentException>(() => TestCluster.Settings(_root.Path, "--namespace=shop", "--prometheus-namespace=shop"));

        Assert.Contains("--namespace and --prometheus-namespace are both 'shop'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_registry_it_refuses_before_running_anything()
    {
        var runner = new FakeProcessRunner();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new ApplyVerb(TestCluster.Settings(_root.Path, "--image-tag=t1"), runner, TextWriter.Null, TimeProvider.System).RunAsync(CancellationToken.None));

        Assert.StartsWith("No registry: pass --registry=", error.Message, StringComparison.Ordinal);
        Assert.Empty(runner.Calls);
    }

    private YamlMappingNode ReadKustomization()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(_root.Combine("artifacts", "deploy", "kustomization.yaml"))));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }
}
