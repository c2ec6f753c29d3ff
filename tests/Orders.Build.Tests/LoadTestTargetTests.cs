using Orders.Build.Tests.Infrastructure;

namespace Orders.Build.Tests;

/// <summary>
/// ./build.sh --target=LoadTest reads --namespace and --kube-context like every cluster target: argument, else
/// the ORDERS_* environment variable. No port-forward target answers (the stub kubectl knows no port for
/// svc/orders), so the run stops at the app's port-forward, whose exact command shows what the tool received.
/// </summary>
[Trait("Category", "Process")]
[Collection(PipelineCollection.Name)]
public sealed class LoadTestTargetTests(PipelineWorkspace workspace)
{
    [ToolFact("kubectl")]
    public async Task Takes_the_cluster_settings_from_ORDERS_environment_variables()
    {
        // Given
        var environment = new Dictionary<string, string>
        {
            ["ORDERS_NAMESPACE"] = "shop",
            ["ORDERS_KUBE_CONTEXT"] = "kind-orders",
        };

        // When
        var run = await workspace.RunAsync(workspace.StubbedPath, environment, "--target=LoadTest", "--exclusive", "--profile=1s:1");

        // Then
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("$ dotnet Orders.Pipeline.dll cluster (arguments forwarded)", run.Output);
        Assert.Contains("kubectl port-forward svc/orders :8181 --namespace shop --context kind-orders --address=127.0.0.1",
            workspace.Stubs.Commands().Select(c => string.Join(' ', c)));
        Assert.Contains("kubectl port-forward to svc/orders exited without forwarding", run.Output);
    }

    [ToolFact("kubectl")]
    public async Task An_argument_wins_over_its_environment_variable()
    {
        var run = await workspace.RunAsync(workspace.StubbedPath, new Dictionary<string, string> { ["ORDERS_NAMESPACE"] = "shop" },
            "--target=LoadTest", "--exclusive", "--namespace=store");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("kubectl port-forward svc/orders :8181 --namespace store --address=127.0.0.1", workspace.Stubs.Commands().Select(c => string.Join(' ', c)));
    }
}
