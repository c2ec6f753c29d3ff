using Orders.Pipeline.Replay;
using Orders.Pipeline.Tests.Deploy;
using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Replay.Tool;

/// <summary>Where the tool reads ScaledObjects from: files of several documents, folders, stdin and the cluster.</summary>
public sealed class ScaledObjectInputsTests : IDisposable
{
    private readonly TempDirectory _dir = new("orders-replay-inputs");

    private static string ScaledObject(string name, string threshold = "10") => $"""
        apiVersion: keda.sh/v1alpha1
        kind: ScaledObject
        metadata:
          name: {name}
        spec:
          scaleTargetRef:
            name: {name}
          triggers:
            - type: prometheus
              metadata:
                serverAddress: http://prometheus:9090
                query: sum(queue_depth{"{"}queue="{name}"{"}"})
                threshold: "{threshold}"
        """;

    private const string Deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n";

    private Task<IReadOnlyList<ScaledObjectSources.Source>> ReadAsync(string path, TextReader? stdin = null) =>
        ReadPathsAsync([path], stdin);

    private async Task<IReadOnlyList<ScaledObjectSources.Source>> ReadPathsAsync(IReadOnlyList<string> paths, TextReader? stdin = null) =>
        ScaledObjectSources.Labelled(await ScaledObjectSources.ReadPathsAsync(paths, null, _dir.Path, stdin, CancellationToken.None));

    [Fact]
    public async Task A_multi_document_file_gives_every_scaledobject_and_ignores_other_kinds()
    {
        var file = _dir.Combine("all.yaml");
        await File.WriteAllTextAsync(file, $"{Deployment}---\n{ScaledObject("orders")}\n---\n{ScaledObject("billing", "20")}");

        var sources = await ReadAsync(file);

        Assert.Equal(["orders", "billing"], sources.Select(s => s.Label));
        Assert.Equal(20, sources[1].Spec.FirstTrigger.Threshold);
        Assert.All(sources, s => Assert.Equal("all.yaml", s.Path));
    }

    [Fact]
    public async Task A_folder_gives_the_scaledobjects_of_its_yaml_and_yml_files_and_skips_files_without_one()
    {
        Directory.CreateDirectory(_dir.Combine("deploy"));
        await File.WriteAllTextAsync(_dir.Combine("deploy", "a.yaml"), ScaledObject("orders"));
        await File.WriteAllTextAsync(_dir.Combine("deploy", "b.yml"), ScaledObject("billing"));
        await File.WriteAllTextAsync(_dir.Combine("deploy", "web.yaml"), Deployment);
        await File.WriteAllTextAsync(_dir.Combine("deploy", "notes.txt"), ScaledObject("ignored"));

        var sources = await ReadAsync(_dir.Combine("deploy"));

        Assert.Equal(["orders", "billing"], sources.Select(s => s.Label));
    }

    [Fact]
    public async Task A_file_without_a_scaledobject_is_an_error_naming_it()
    {
        await File.WriteAllTextAsync(_dir.Combine("web.yaml"), Deployment);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ReadAsync(_dir.Combine("web.yaml")));

        Assert.StartsWith("web.yaml: no ScaledObject found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_without_a_scaledobject_is_an_error_naming_it()
    {
        Directory.CreateDirectory(_dir.Combine("empty"));
        await File.WriteAllTextAsync(_dir.Combine("empty", "web.yaml"), Deployment);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ReadAsync(_dir.Combine("empty")));

        Assert.StartsWith("empty: no ScaledObject in its 1 *.yaml/*.yml file(s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dash_reads_stdin()
    {
        var sources = await ReadAsync("-", new StringReader(ScaledObject("from-stdin")));

        Assert.Equal("from-stdin", Assert.Single(sources).Label);
    }

    [Fact]
    public async Task Two_scaledobjects_with_one_name_are_refused()
    {
        await File.WriteAllTextAsync(_dir.Combine("a.yaml"), ScaledObject("orders"));
        await File.WriteAllTextAsync(_dir.Combine("b.yaml"), ScaledObject("orders"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => ReadPathsAsync([_dir.Combine("a.yaml"), _dir.Combine("b.yaml")]));

        Assert.Contains("two ScaledObjects are named 'orders' (a.yaml, b.yaml)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_cluster_runs_kubectl_get_with_the_context_and_a_timeout_and_reads_its_yaml()
    {
        var kubectl = new FakeProcessRunner().Answer("kubectl --context kind-shop get scaledobject checkout", ScaledObject("checkout"));

        var found = await ClusterScaledObjects.ReadAsync([ClusterScaledObject.Parse("from-cluster", "shop/checkout")], "kind-shop", kubectl, CancellationToken.None);

        Assert.Equal(["kubectl --context kind-shop get scaledobject checkout --namespace shop -o yaml"], kubectl.CommandLines);
        Assert.Equal(ClusterScaledObjects.Timeout, kubectl.Calls[0].Timeout);
        var (path, specs) = Assert.Single(found);
        Assert.Equal(("cluster shop/checkout", "checkout"), (path, Assert.Single(specs).Name));
    }

    [Theory]
    [InlineData("checkout")]
    [InlineData("shop/Checkout")]
    [InlineData("a/b/c")]
    [InlineData("--kubeconfig=/x/y")]
    public void From_cluster_refuses_what_is_not_namespace_slash_name(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => ClusterScaledObject.Parse("from-cluster", text));

        Assert.StartsWith("--from-cluster", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
