using System.Text.Json.Nodes;
using Orders.Pipeline.Deploy;
using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Deploy;

/// <summary>--keda=existing: the CRD must be served, and its schema must accept every field the ScaledObject sets
/// (the API server would silently prune the rest); a KEDA labelled older than 2.17 fails by the version rule.</summary>
public sealed class ExistingKedaCheckTests : IDisposable
{
    private const string ScaledObject = """
        apiVersion: keda.sh/v1alpha1
        kind: ScaledObject
        metadata: {name: orders, namespace: orders}
        spec:
          scaleTargetRef: {name: orders}
          fallback: {failureThreshold: 3, replicas: 6, behavior: currentReplicasIfHigher}
          triggers:
            - type: prometheus
              metadata: {serverAddress: "http://p:80", query: "up"}
        """;

    private readonly TempDirectory _root = new("existing-keda");

    public ExistingKedaCheckTests() => Directory.CreateDirectory(_root.Combine("k8s", "base"));

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task A_KEDA_whose_CRD_accepts_every_field_passes()
    {
        var problems = await ProblemsAsync(Crd("2.20.2", withBehavior: true));

        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_CRD_without_fallback_behavior_is_named_with_the_version_rule()
    {
        var problems = await ProblemsAsync(Crd(null, withBehavior: false));

        var problem = Assert.Single(problems);
        Assert.Contains("does not accept spec.fallback.behavior", problem, StringComparison.Ordinal);
        Assert.Contains("KEDA 2.17 or later", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_KEDA_labelled_older_than_2_17_fails_by_the_version_rule()
    {
        var problems = await ProblemsAsync(Crd("2.16.1", withBehavior: true));

        Assert.Contains(problems, p => p.Contains("runs KEDA 2.16.1; the ScaledObject needs 2.17 or later", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_ScaledObject_CRD_says_to_install_KEDA()
    {
        var runner = new FakeProcessRunner().Answer("kubectl get crd", "", exitCode: 1, stderr: "NotFound");

        var problems = await new ExistingKedaCheck(TestCluster.Settings(_root.Path, "--keda=existing"), runner, TextWriter.Null).ProblemsAsync(CancellationToken.None);

        var problem = Assert.Single(problems);
        Assert.Contains("`kubectl get crd scaledobjects.keda.sh` failed (NotFound)", problem, StringComparison.Ordinal);
        Assert.Contains("install KEDA 2.17+", problem, StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<string>> ProblemsAsync(string crd)
    {
        var runner = new FakeProcessRunner().Answer("kubectl get crd", crd).Answer("kubectl kustomize", ScaledObject);
        return await new ExistingKedaCheck(TestCluster.Settings(_root.Path, "--keda=existing"), runner, TextWriter.Null).ProblemsAsync(CancellationToken.None);
    }

    private static string Crd(string? version, bool withBehavior)
    {
        var fallback = new JsonObject { ["failureThreshold"] = Typed("integer"), ["replicas"] = Typed("integer") };
        if (withBehavior)
        {
            fallback["behavior"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("static", "currentReplicas", "currentReplicasIfHigher", "currentReplicasIfLower") };
        }
        var spec = new JsonObject
        {
            ["scaleTargetRef"] = Object(new JsonObject { ["name"] = Typed("string") }),
            ["fallback"] = Object(fallback),
            ["triggers"] = new JsonObject
            {
                ["type"] = "array",
                ["items"] = Object(new JsonObject { ["type"] = Typed("string"), ["metadata"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = Typed("string") } }),
            },
        };
        var metadata = new JsonObject { ["name"] = "scaledobjects.keda.sh" };
        if (version is not null)
        {
            metadata["labels"] = new JsonObject { ["app.kubernetes.io/version"] = version };
        }
        var served = new JsonObject { ["name"] = "v1alpha1", ["served"] = true, ["schema"] = new JsonObject { ["openAPIV3Schema"] = Object(new JsonObject { ["spec"] = Object(spec) }) } };
        return new JsonObject { ["metadata"] = metadata, ["spec"] = new JsonObject { ["versions"] = new JsonArray(served) } }.ToJsonString();
    }

    private static JsonObject Typed(string type) => new() { ["type"] = type };

    private static JsonObject Object(JsonObject properties) => new() { ["type"] = "object", ["properties"] = properties };
}
