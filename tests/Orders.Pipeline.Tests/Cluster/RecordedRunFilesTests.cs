using Orders.Pipeline.Cluster;

namespace Orders.Pipeline.Tests.Cluster;

/// <summary>A run written as LoadTest writes it and read back (what --judge reads) is judged the same; bad
/// input names the file and line.</summary>
public sealed class RecordedRunFilesTests : IDisposable
{
    private const string ScaledObjectYaml = """
        apiVersion: keda.sh/v1alpha1
        kind: ScaledObject
        metadata:
          name: orders
          namespace: orders
        spec:
          scaleTargetRef:
            name: orders
          minReplicaCount: 2
          maxReplicaCount: 10
          triggers:
            - type: prometheus
              metadata:
                serverAddress: http://prometheus
                query: sum(rate(product_order_total{namespace="orders"}[20s]))
                threshold: "10"
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("recorded-run-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(nameof(SyntheticRun.Correct))]
    [InlineData(nameof(SyntheticRun.CrashLoopingPod))]
    [InlineData(nameof(SyntheticRun.OneMinuteWindowDeployed))]
    public void A_run_read_back_gets_the_verdict_it_got_live(string which)
    {
        var run = (RecordedRun)typeof(SyntheticRun).GetMethod(which)!.Invoke(null, null)!;

        RecordedRunFiles.Write(_directory, run, ScaledObjectYaml);
        var read = RecordedRunFiles.Read(_directory);

        Assert.Equal(run.Spec, read.Spec);
        Assert.Equal(run.Samples, read.Samples);
        Assert.Equal(run.QueryValues, read.QueryValues);
        Assert.Equal(run.Pods, read.Pods);
        Assert.Equal(LoadTestJudge.Judge(run), LoadTestJudge.Judge(read));
    }

    [Fact]
    public void The_modelled_versions_are_recorded_and_the_verdict_names_them()
    {
        var versions = new Orders.Pipeline.Scaling.ModelVersions(new Version(1, 32), new Version(2, 19, 0));
        RecordedRunFiles.Write(_directory, SyntheticRun.Correct() with { ModelledVersions = versions }, ScaledObjectYaml);

        var read = RecordedRunFiles.Read(_directory);

        Assert.Equal(versions, read.Versions);
        Assert.Contains("model: Kubernetes 1.32", LoadTestJudge.Judge(read).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_cell_names_the_file_and_line()
    {
        RecordedRunFiles.Write(_directory, SyntheticRun.Correct(), ScaledObjectYaml);
        var pods = Path.Combine(_directory, RecordedRunFiles.PodsFile);
        File.AppendAllLines(pods, ["orders-x,12,ready,0,0"]);

        var error = Assert.Throws<InvalidDataException>(() => RecordedRunFiles.Read(_directory));

        Assert.Contains($"{pods}:{File.ReadAllLines(pods).Length}:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named_with_what_writes_it()
    {
        RecordedRunFiles.Write(_directory, SyntheticRun.Correct(), ScaledObjectYaml);
        File.Delete(Path.Combine(_directory, RecordedRunFiles.QueryFile));

        var error = Assert.Throws<InvalidDataException>(() => RecordedRunFiles.Read(_directory));

        Assert.Contains("query-values.csv is missing: a LoadTest run writes it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recorded_ScaledObject_with_several_triggers_is_refused_with_what_to_do()
    {
        var second = "\n    - type: prometheus\n      metadata:\n        serverAddress: http://prometheus\n        query: sum(x)\n        threshold: \"5\"";
        RecordedRunFiles.Write(_directory, SyntheticRun.Correct(), ScaledObjectYaml + second);

        var error = Assert.Throws<InvalidDataException>(() => RecordedRunFiles.Read(_directory));

        Assert.Contains("has 2 triggers; a recorded run holds one query's values", error.Message, StringComparison.Ordinal);
        Assert.Contains("--target=Replay", error.Message, StringComparison.Ordinal);
    }
}
