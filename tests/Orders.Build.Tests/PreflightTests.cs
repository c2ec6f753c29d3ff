using Orders.Build.Tests.Infrastructure;

namespace Orders.Build.Tests;

/// <summary>Preflight fails before anything is built, naming every missing tool and argument at once.</summary>
[Trait("Category", "Process")]
[Collection(PipelineCollection.Name)]
public sealed class PreflightTests(PipelineWorkspace workspace)
{
    [ToolFact("kubectl")]
    public async Task Names_each_missing_tool_and_the_missing_registry_and_runs_nothing_else()
    {
        // Given: PATH holds only kubectl (a stub) and what build.sh needs; no docker, no helm
        var onlyKubectl = workspace.CreateStubs("only-kubectl", "kubectl");
        var path = onlyKubectl.Directory + ":" + workspace.MinimalSystemPath();

        // When
        var run = await workspace.RunAsync(path, new Dictionary<string, string>(), "--target=Apply", "--image-tag=t1");

        // Then
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("docker is not on PATH: install docker", run.Output);
        Assert.Contains("helm is not on PATH: install Helm 3", run.Output);
        Assert.DoesNotContain("kubectl is not on PATH", run.Output);
        Assert.Contains("No registry: pass --registry=", run.Output);
        Assert.Equal(["kubectl version --request-timeout=15s"], onlyKubectl.Commands().Select(c => string.Join(' ', c)));
        Assert.DoesNotContain("DockerBuild", run.Output.Split('\n').Where(l => l.Contains("Succeeded") || l.Contains("Failed")));
    }

    [ToolFact("kubectl")]
    public async Task Refuses_a_cluster_older_than_the_manifests_need()
    {
        // Given: every tool on PATH, but the cluster reports Kubernetes 1.29 (no preStop sleep action)
        var stubs = workspace.CreateStubs("old-cluster", "docker", "helm", "kubectl");
        var path = stubs.Directory + ":" + workspace.MinimalSystemPath();
        var environment = new Dictionary<string, string> { ["STUB_KUBE_SERVER_VERSION"] = "v1.29.4" };

        // When
        var run = await workspace.RunAsync(path, environment, "--target=Apply", "--image-tag=t1", "--registry=registry.test:5000");

        // Then
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("The cluster runs v1.29.4; the manifests need Kubernetes 1.30 or later", run.Output);
        Assert.DoesNotContain(stubs.Commands(), c => c[0] == "docker");
    }
}
