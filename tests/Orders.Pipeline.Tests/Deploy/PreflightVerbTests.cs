using Microsoft.Extensions.Time.Testing;
using Orders.Pipeline.Deploy;
using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Deploy;

/// <summary>preflight names every problem at once: missing tools, a missing registry, a cluster that does not
/// answer or runs a Kubernetes older than the manifests need.</summary>
public sealed class PreflightVerbTests : IDisposable
{
    private readonly TempDirectory _root = new("preflight-verb");
    private readonly StringWriter _output = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Names_each_missing_tool_and_the_missing_registry_at_once()
    {
        var runner = new FakeProcessRunner().Answer("kubectl version", "Server Version: v1.31.0");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Preflight(runner, tool => tool == "kubectl" ? "/bin/kubectl" : null));

        Assert.Contains("docker is not on PATH: install docker", error.Message, StringComparison.Ordinal);
        Assert.Contains("helm is not on PATH: install Helm 3", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("kubectl is not on PATH", error.Message, StringComparison.Ordinal);
        Assert.Contains("No registry: pass --registry=", error.Message, StringComparison.Ordinal);
        Assert.Equal(["kubectl version --request-timeout=15s"], runner.CommandLines);
    }

    [Fact]
    public async Task Refuses_a_cluster_older_than_the_manifests_need()
    {
        var runner = new FakeProcessRunner().Answer("kubectl version", "Client Version: v1.32.0\nServer Version: v1.29.4\n");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Preflight(runner, tool => "/bin/" + tool, "--registry=localhost:5001"));

        Assert.Contains("The cluster runs v1.29.4; the manifests need Kubernetes 1.30 or later", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cluster_that_does_not_answer_is_named_with_the_context_and_what_to_check()
    {
        var runner = new FakeProcessRunner().Answer("kubectl version", "", exitCode: 1, stderr: "Unable to connect to the server");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Preflight(runner, tool => "/bin/" + tool, "--registry=localhost:5001", "--kube-context=kind-x"));

        Assert.Contains("The cluster does not answer (context kind-x)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Unable to connect to the server", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_git_it_picks_a_timestamp_tag_that_the_later_verbs_reuse()
    {
        var runner = new FakeProcessRunner().Answer("git rev-parse", "", exitCode: 128).Answer("kubectl version", "Server Version: v1.31.0");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 13, 5, 9, TimeSpan.Zero));

        await Preflight(runner, tool => "/bin/" + tool, time, "--registry=localhost:5001");
        time.Advance(TimeSpan.FromMinutes(3));
        var later = await ImageTag.ResolveAsync(TestCluster.Settings(_root.Path), runner, startNew: false, time, CancellationToken.None);

        Assert.Contains("images localhost:5001/orders-app:20261202-130509,", _output.ToString(), StringComparison.Ordinal);
        Assert.Equal("20261202-130509", later);
    }

    private Task Preflight(FakeProcessRunner runner, Func<string, string?> findOnPath, params string[] args) =>
        Preflight(runner, findOnPath, TimeProvider.System, args);

    private Task Preflight(FakeProcessRunner runner, Func<string, string?> findOnPath, TimeProvider time, params string[] args) =>
        new PreflightVerb(TestCluster.Settings(_root.Path, args), runner, _output, findOnPath, time).RunAsync(CancellationToken.None);
}
