using Orders.Pipeline.Smoke;
using Orders.Pipeline.Tests.Deploy;

namespace Orders.Pipeline.Tests.Smoke;

/// <summary>
/// smoke on a cluster, with a fake process runner standing in for kubectl and a fake deployment answering
/// HTTP: names from the rendered manifests, port-forwards to them (always stopped), the HTTP and Prometheus
/// checks, then the ScaledObject's Ready condition and KEDA's HPA.
/// </summary>
public sealed class ClusterSmokeVerbTests : FakeDeploymentTests
{
    private const string ReadyScaledObject = """
        {"kind":"ScaledObject","status":{"conditions":[{"type":"Ready","status":"True","message":"ScaledObject is defined correctly and is ready for scaling"}]}}
        """;

    [Fact]
    public async Task Passes_checking_what_the_manifests_name_through_port_forwards_it_stops()
    {
        var runner = Runner().Answer("kubectl get scaledobject/shop-scaler", ReadyScaledObject).Answer("kubectl get hpa/keda-hpa-shop-scaler", "horizontalpodautoscaler.autoscaling/keda-hpa-shop-scaler\n");

        await Verb(runner).RunAsync(CancellationToken.None);

        Assert.Equal(
        [
            "kubectl port-forward svc/shop-api :8181 --namespace shop --address=127.0.0.1",
            "kubectl port-forward svc/prometheus-server :80 --namespace prometheus --address=127.0.0.1",
            "kubectl get scaledobject/shop-scaler --namespace shop --output=json",
            "kubectl get hpa/keda-hpa-shop-scaler --namespace shop --output=name",
        ], runner.CommandLines.Skip(1));
        Assert.StartsWith("kubectl kustomize ", runner.CommandLines[0], StringComparison.Ordinal);
        Assert.Equal(2, runner.StoppedTools);
        Assert.Equal("product_order_total{namespace=\"shop\"}", Deployment.LastQuery);
        var output = Output.ToString();
        Assert.Contains("OK   ScaledObject shop-scaler in shop is Ready: Ready=True (ScaledObject is defined correctly", output, StringComparison.Ordinal);
        Assert.Contains("OK   HPA keda-hpa-shop-scaler in shop exists: horizontalpodautoscaler.autoscaling/keda-hpa-shop-scaler", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ScaledObject_that_is_not_Ready_fails_saying_what_it_saw_and_where_to_look()
    {
        var runner = Runner().Answer("kubectl get scaledobject/shop-scaler", """{"status":{"conditions":[{"type":"Ready","status":"False","message":"ScaledTarget not found"}]}}""");

        var error = await Assert.ThrowsAsync<SmokeCheckException>(() => Verb(runner).RunAsync(CancellationToken.None));

        Assert.StartsWith("FAIL ScaledObject shop-scaler in shop is Ready: saw Ready=False (ScaledTarget not found)", error.Message, StringComparison.Ordinal);
        Assert.Contains("kubectl describe scaledobject/shop-scaler -n shop", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_HPA_fails_naming_the_likely_cause()
    {
        var runner = Runner().Answer("kubectl get scaledobject/shop-scaler", ReadyScaledObject)
            .Answer("kubectl get hpa/", "", exitCode: 1, stderr: "Error from server (NotFound)");

        var error = await Assert.ThrowsAsync<SmokeCheckException>(() => Verb(runner).RunAsync(CancellationToken.None));

        Assert.StartsWith("FAIL HPA keda-hpa-shop-scaler in shop exists: kubectl get hpa/keda-hpa-shop-scaler failed (Error from server (NotFound))", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_app_is_down_the_port_forwards_are_still_stopped()
    {
        Deployment.RootBody = "nginx";
        var runner = Runner();

        await Assert.ThrowsAsync<SmokeCheckException>(() => Verb(runner).RunAsync(CancellationToken.None));

        Assert.Equal(2, runner.StoppedTools);
        Assert.DoesNotContain(runner.CommandLines, c => c.StartsWith("kubectl get", StringComparison.Ordinal));
    }

    private FakeProcessRunner Runner() => new FakeProcessRunner()
        .Answer("kubectl kustomize", TestCluster.RenderedYaml)
        .Prints("kubectl port-forward", $"Forwarding from 127.0.0.1:{Deployment.Address.Port} -> 8181");

    private ClusterSmokeVerb Verb(FakeProcessRunner runner) =>
        new(TestCluster.Settings(Path.GetTempPath(), "--namespace=shop"), runner, Http, Output, null, TimeSpan.FromSeconds(5));
}
