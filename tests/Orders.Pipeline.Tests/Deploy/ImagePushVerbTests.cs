using Orders.Pipeline.Deploy;
using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Deploy;

/// <summary>docker-build and docker-push: the container tool's argv (buildah's own syntax), and registry
/// credentials that reach the tool only on stdin and are printed as [REDACTED].</summary>
public sealed class ImagePushVerbTests : IDisposable
{
    private const string Registry = "registry.example:5000/team";
    private readonly TempDirectory _root = new("image-verbs");

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Buildah_logs_in_with_the_password_on_stdin_and_pushes_to_the_docker_transport()
    {
        var environment = new Dictionary<string, string> { ["REGISTRY_USERNAME"] = "bot", ["REGISTRY_PASSWORD"] = "pw-secret" };
        var settings = TestCluster.Settings(_root.Path, environment, "--container-tool=buildah", $"--registry={Registry}", "--image-tag=abc1234");
        var runner = new FakeProcessRunner();

        await new ImagePushVerb(settings, runner, TextWriter.Null, TimeProvider.System).RunAsync(CancellationToken.None);

        Assert.Equal(
        [
            "buildah login --username bot --password-stdin registry.example:5000",
            $"buildah push {Registry}/orders-app:abc1234 docker://{Registry}/orders-app:abc1234",
            $"buildah push {Registry}/orders-exporter:abc1234 docker://{Registry}/orders-exporter:abc1234",
        ], runner.CommandLines);
        var login = runner.Calls[0];
        Assert.Equal("pw-secret", login.StandardInput);
        Assert.DoesNotContain(login.Arguments, a => a.Contains("pw-secret", StringComparison.Ordinal));
        Assert.Equal("$ buildah login --username [REDACTED] --password-stdin registry.example:5000", login.Display);
    }

    [Fact]
    public async Task Without_credentials_it_pushes_without_logging_in()
    {
        var runner = new FakeProcessRunner();
        var output = new StringWriter();

        await new ImagePushVerb(TestCluster.Settings(_root.Path, $"--registry={Registry}", "--image-tag=t1"), runner, output, TimeProvider.System).RunAsync(CancellationToken.None);

        Assert.Equal([$"docker push {Registry}/orders-app:t1", $"docker push {Registry}/orders-exporter:t1"], runner.CommandLines);
        Assert.Contains("No REGISTRY_USERNAME/REGISTRY_PASSWORD: pushing without logging in.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Builds_both_images_from_the_repository_root()
    {
        foreach (var image in ImageDefinition.All)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_root.Combine(image.Dockerfile))!);
            File.WriteAllText(_root.Combine(image.Dockerfile), "FROM scratch\n");
        }
        File.WriteAllText(_root.Combine("Directory.Build.props"), "<Project><PropertyGroup><RepositoryUrl>https://forge.example/orders</RepositoryUrl></PropertyGroup></Project>");
        var runner = new FakeProcessRunner().Answer("git rev-parse HEAD", "", exitCode: 128);

        await new ImageBuildVerb(TestCluster.Settings(_root.Path, "--container-tool=podman", $"--registry={Registry}", "--image-tag=t1"), runner, TimeProvider.System).RunAsync(CancellationToken.None);

        Assert.Equal(
        [
            "git rev-parse HEAD", // outside git: no REVISION label rather than a wrong one
            $"podman build --file {_root.Combine("app", "Dockerfile")} --tag {Registry}/orders-app:t1 --build-arg SOURCE=https://forge.example/orders --build-arg VERSION=t1 {_root.Path}",
            $"podman build --file {_root.Combine("sidecar", "Dockerfile")} --tag {Registry}/orders-exporter:t1 --build-arg SOURCE=https://forge.example/orders --build-arg VERSION=t1 {_root.Path}",
        ], runner.CommandLines);
    }
}
