using Orders.Pipeline.Cli;
using Orders.Pipeline.Cluster;
using Orders.Pipeline.Deploy;
using Orders.Pipeline.Local;
using Orders.Pipeline.Replay;
using Orders.Pipeline.Tests.Deploy;
using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Cli;

/// <summary>--kubernetes-version and --keda-version choose the arithmetic the model follows (docs/model-versions.md):
/// Local and Replay default to Kubernetes 1.33 and the pinned chart's KEDA; LoadTest takes the installed chart's
/// KEDA and, unless told, the cluster's own Kubernetes.</summary>
public sealed class ModelVersionOptionsTests
{
    private static CommandLine Line(string verb, params string[] args) => new([verb, "--root", RepositoryRoot.Path, .. args], _ => null, TextWriter.Null);

    [Theory]
    [InlineData("1.32", 1, 32)]
    [InlineData("v1.31.4", 1, 31)] // as kubectl version prints it
    [InlineData("1.35.0-rc.1", 1, 35)]
    public void A_Kubernetes_version_reads_as_major_minor(string text, int major, int minor)
    {
        Assert.Equal(new Version(major, minor), ModelVersionsArgument.Kubernetes("kubernetes-version", text));
    }

    [Theory]
    [InlineData("1.29", "supports Kubernetes 1.30 and later")]
    [InlineData("latest", "accepts a Kubernetes version like 1.33")]
    public void Refuses_a_Kubernetes_version_it_cannot_model(string text, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => ModelVersionsArgument.Kubernetes("kubernetes-version", text));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Local_and_Replay_model_1_33_and_the_pinned_KEDA_unless_told()
    {
        var local = LocalOptions.From(Line("local"));
        var replay = ReplayOptions.From(Line("replay", "--prometheus-url", "http://127.0.0.1:9/", "--kubernetes-version=1.32", "--keda-version=2.19.0"), DateTimeOffset.UtcNow);

        Assert.Equal((new Version(1, 33), new Version(2, 20, 2)), (local.Versions.Kubernetes, local.Versions.Keda));
        Assert.Equal((new Version(1, 32), new Version(2, 19, 0)), (replay.Versions.Kubernetes, replay.Versions.Keda));
    }

    [Fact]
    public void A_KEDA_version_written_as_its_release_tag_reads_without_the_v()
    {
        var local = LocalOptions.From(Line("local", "--keda-version=v2.17.0"));

        Assert.Equal(new Version(2, 17, 0), local.Versions.Keda);
    }

    [Fact]
    public void LoadTest_models_the_installed_chart_s_KEDA_and_leaves_Kubernetes_to_the_cluster()
    {
        var options = ClusterOptions.From(Line("cluster", "--keda-chart-version=2.19.0"));
        var told = ClusterOptions.From(Line("cluster", "--keda-chart-version=2.19.0", "--keda-version=2.20.1", "--kubernetes-version=1.31"));

        Assert.Equal(new Version(2, 19, 0), options.Versions.Keda);
        Assert.False(options.KubernetesVersionGiven);
        Assert.Equal((new Version(1, 31), new Version(2, 20, 1), true), (told.Versions.Kubernetes, told.Versions.Keda, told.KubernetesVersionGiven));
    }

    [Fact]
    public async Task The_cluster_s_version_is_read_from_kubectl_version_and_null_when_it_does_not_answer()
    {
        var settings = TestCluster.Settings(RepositoryRoot.Path);
        var answers = new FakeProcessRunner().Answer("kubectl version", "Client Version: v1.34.1\nServer Version: v1.32.7\n");
        var silent = new FakeProcessRunner().Answer("kubectl version", "", exitCode: 1, stderr: "Unable to connect to the server");

        Assert.Equal(new Version(1, 32), await KubernetesVersion.ReadAsync(answers, settings, CancellationToken.None));
        Assert.Null(await KubernetesVersion.ReadAsync(silent, settings, CancellationToken.None));
    }
}
