using Orders.Pipeline.Cli;
using Orders.Pipeline.Deploy;

namespace Orders.Pipeline.Tests.Deploy;

/// <summary>Cluster settings as the verbs receive them, from a command line and a fake environment, rooted in
/// a temporary copy-free folder (the verbs only write under artifacts/ there).</summary>
internal static class TestCluster
{
    /// <summary>What `kubectl kustomize` renders, reduced to what the verbs read: the Service, the
    /// Deployment the ScaledObject scales, and the ScaledObject.</summary>
    public const string RenderedYaml = """
        apiVersion: v1
        kind: Service
        metadata: {name: shop-api, namespace: shop}
        spec:
          ports: [{name: metrics, port: 9181}, {name: http, port: 8181}]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: shop-api, namespace: shop}
        ---
        apiVersion: keda.sh/v1alpha1
        kind: ScaledObject
        metadata: {name: shop-scaler, namespace: shop}
        spec:
          scaleTargetRef: {name: shop-api}
        """;

    public static ClusterSettings Settings(string root, params string[] args) => Settings(root, new Dictionary<string, string>(), args);

    public static ClusterSettings Settings(string root, Dictionary<string, string> environment, params string[] args)
    {
        string? Env(string name) => environment.TryGetValue(name, out var value) ? value : null;
        var line = new CommandLine(["verb", "--root", root, .. args], Env, TextWriter.Null);
        return ClusterSettings.From(line, Env);
    }
}
