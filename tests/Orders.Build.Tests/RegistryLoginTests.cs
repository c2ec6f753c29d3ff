using Orders.Build.Tests.Infrastructure;

namespace Orders.Build.Tests;

/// <summary>
/// DockerPush with buildah and registry credentials: buildah's own build/push syntax, a login that takes
/// the password on stdin, and a password (and username) that appears in no output and no argument.
/// </summary>
[Trait("Category", "Process")]
[Collection(PipelineCollection.Name)]
public sealed class RegistryLoginTests(PipelineWorkspace workspace)
{
    private const string Registry = "registry.example:5000/team";
    private static readonly string RepositoryUrl = System.Xml.Linq.XDocument.Load(Path.Combine(Orders.TestSupport.RepositoryRoot.Path, "Directory.Build.props")).Descendants("RepositoryUrl").Single().Value; // the images' source label
    private const string Tag = "abc1234";

    [ToolFact("kubectl")]
    public async Task Buildah_builds_logs_in_with_the_password_on_stdin_and_pushes_and_no_output_holds_the_secrets()
    {
        // Given
        var password = "pw-" + Guid.NewGuid().ToString("N");
        var username = "bot-" + Guid.NewGuid().ToString("N")[..8];
        var environment = new Dictionary<string, string> { ["REGISTRY_USERNAME"] = username, ["REGISTRY_PASSWORD"] = password };

        // When
        var run = await workspace.RunAsync(workspace.StubbedPath, environment,
            "--target=DockerPush", "--container-tool=buildah", $"--registry={Registry}", $"--image-tag={Tag}");

        // Then
        Assert.True(run.ExitCode == 0, run.ToString());
        var root = workspace.Root;
        Assert.Equal(
        [
            "kubectl version --request-timeout=15s",
            $"buildah bud --file {root}/app/Dockerfile --tag {Registry}/orders-app:{Tag} --build-arg SOURCE={RepositoryUrl} --build-arg VERSION={Tag} {root}",
            $"buildah bud --file {root}/sidecar/Dockerfile --tag {Registry}/orders-exporter:{Tag} --build-arg SOURCE={RepositoryUrl} --build-arg VERSION={Tag} {root}",
            $"buildah login --username {username} --password-stdin registry.example:5000",
            $"buildah push {Registry}/orders-app:{Tag} docker://{Registry}/orders-app:{Tag}",
            $"buildah push {Registry}/orders-exporter:{Tag} docker://{Registry}/orders-exporter:{Tag}",
        ], workspace.Stubs.Commands().Select(c => string.Join(' ', c)));
        Assert.Equal(password, workspace.Stubs.StandardInput());
        Assert.DoesNotContain(password, workspace.Stubs.CommandsLog());
        Assert.DoesNotContain(password, run.Output);
        Assert.DoesNotContain(username, run.Output);
        Assert.Contains("cluster: answers (context current; Server Version: v1.31.0)", run.Output);
        Assert.Matches(@"\$ buildah login --username ""?\[REDACTED\]""? --password-stdin", run.Output);
    }
}
