using Orders.Pipeline.Deploy;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Manifests;
using Orders.Pipeline.Scaling;
using Orders.Pipeline.Yaml;

namespace Orders.Pipeline.Tests.Manifests;

/// <summary>The names and the port the cluster verbs use come from the manifests as Kustomize renders them,
/// with the namespace the run was given, parsed once; nothing restates them.</summary>
public sealed class RenderedManifestsTests
{
    private static readonly string Base = Path.Combine(Orders.TestSupport.RepositoryRoot.Path, "k8s", "base");

    [ToolFact("kubectl")]
    [Trait("Category", "Process")]
    public async Task The_real_base_rendered_for_a_namespace_names_what_Smoke_and_LoadTest_check()
    {
        var manifests = await ManifestRenderer.ReadAsync(new ProcessRunner(TextWriter.Null), Base, "shop", CancellationToken.None);

        var workload = ScaledWorkload.From(manifests);
        Assert.Equal(("orders", "orders", "keda-hpa-orders", 8181), (workload.ScaledObject, workload.Deployment, workload.Hpa, workload.ServicePort));
        var spec = ScaledObjectReader.Read(manifests.Documents, manifests.Source);
        Assert.Equal("shop", spec.Namespace);
        Assert.Contains("namespace=\"shop\"", spec.FirstTrigger.Query, StringComparison.Ordinal);
        Assert.DoesNotContain("\"orders\"", spec.FirstTrigger.Query, StringComparison.Ordinal);
    }

    [ToolFact("kubectl")]
    [Trait("Category", "Process")]
    public async Task The_ScaledObject_queries_the_Prometheus_Service_the_chart_installs()
    {
        var manifests = await ManifestRenderer.ReadAsync(new ProcessRunner(TextWriter.Null), Base, "orders", CancellationToken.None);
        var server = new Uri(ScaledObjectReader.Read(manifests.Documents, manifests.Source).FirstTrigger.ServerAddress);

        Assert.Equal($"{HelmChart.PrometheusServerService}.{HelmChart.Prometheus.Namespace}", string.Join('.', server.Host.Split('.').Take(2)));
        Assert.Equal(HelmChart.PrometheusServerPort, server.Port);
    }

    [Fact]
    public void Reads_the_scale_target_and_an_HPA_name_the_ScaledObject_sets()
    {
        const string yaml = """
            kind: Service
            metadata: {name: api}
            spec: {ports: [{port: 7000}]}
            ---
            kind: ScaledObject
            metadata: {name: scaler}
            spec:
              scaleTargetRef: {name: api}
              advanced: {horizontalPodAutoscalerConfig: {name: custom-hpa}}
            """;

        var workload = ScaledWorkload.From(RenderedManifests.Read(yaml, "test.yaml"));

        Assert.Equal(("scaler", "api", "custom-hpa", 7000), (workload.ScaledObject, workload.Deployment, workload.Hpa, workload.ServicePort));
    }

    [Fact]
    public void Manifests_without_a_ScaledObject_are_an_error_naming_the_source()
    {
        var manifests = RenderedManifests.Read("kind: Service\nmetadata: {name: orders}\n", "render.yaml");

        var error = Assert.Throws<InvalidDataException>(() => ScaledWorkload.From(manifests));

        Assert.StartsWith("render.yaml: no ScaledObject found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_parse_serves_every_kind_a_verb_reads()
    {
        const string yaml = """
            kind: Deployment
            metadata: {name: api}
            ---
            kind: Service
            metadata: {name: api}
            spec: {ports: [{name: metrics, port: 9181}, {name: http, port: 8181}]}
            ---
            kind: NetworkPolicy
            metadata: {name: api-ingress}
            ---
            kind: ScaledObject
            metadata: {name: api}
            spec:
              scaleTargetRef: {name: api}
              triggers: [{type: prometheus, metadata: {serverAddress: "http://p", query: "sum(x)", threshold: "10"}}]
            """;

        var manifests = RenderedManifests.Read(yaml, "test.yaml");

        Assert.Equal("api", manifests.Deployment().Map("metadata").Scalar("name"));
        Assert.Equal(8181, manifests.ServicePort("api"));
        Assert.Equal("api-ingress", Assert.Single(manifests.NetworkPolicies).Map("metadata").Scalar("name"));
        Assert.Equal("sum(x)", ScaledObjectReader.Read(manifests.Documents, manifests.Source).FirstTrigger.Query);
    }
}
