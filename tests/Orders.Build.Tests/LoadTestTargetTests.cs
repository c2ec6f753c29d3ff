using Orders.Build.Tests.Infrastructure;

namespace Orders.Build.Tests;

/// <summary>
/// ./build.sh --target=LoadTest reads --app-url, --prometheus-url, --namespace and --kube-context like every
/// cluster target: argument, else the ORDERS_* environment variable. The tool is replaced by a dll that does
/// not exist, so the run stops right after printing the exact command it would run.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class LoadTestTargetTests(PipelineWorkspace workspace)
{
    [Fact]
    public async Task Passes_the_cluster_settings_from_ORDERS_environment_variables_to_the_tool()
    {
        // Given
        var dll = workspace.Combine("missing", "Orders.Pipeline.dll");
        var environment = new Dictionary<string, string>
        {
            ["ORDERS_NAMESPACE"] = "shop",
            ["ORDERS_APP_URL"] = "http://127.0.0.1:1/",
            ["ORDERS_PROMETHEUS_URL"] = "http://127.0.0.1:2/",
            ["ORDERS_KUBE_CONTEXT"] = "kind-orders",
        };

        // When
        var run = await workspace.RunAsync(workspace.StubbedPath, environment, "--target=LoadTest", "--exclusive", "--profile=1s:1", $"--loadtest-dll={dll}");

        // Then
        Assert.Contains($"$ dotnet {dll} cluster --profile 1s:1 --namespace shop --app-url http://127.0.0.1:1/ --prometheus-url http://127.0.0.1:2/ --context kind-orders", run.Output);
        Assert.NotEqual(0, run.ExitCode);
    }

    [Fact]
    public async Task An_argument_wins_over_its_environment_variable()
    {
        var dll = workspace.Combine("missing", "Orders.Pipeline.dll");

        var run = await workspace.RunAsync(workspace.StubbedPath, new Dictionary<string, string> { ["ORDERS_NAMESPACE"] = "shop" },
            "--target=LoadTest", "--exclusive", "--namespace=store", $"--loadtest-dll={dll}");

        Assert.Contains($"$ dotnet {dll} cluster --namespace store (at most", run.Output);
    }
}
