using System.Text.Json.Nodes;
using k8s;
using k8s.Models;
using Orders.K8s.Tests.Rendering;
using Orders.K8s.Tests.ScrapeConfig;
using Orders.K8s.Tests.TestSupport;
using Orders.Pipeline.Deploy;

namespace Orders.K8s.Tests;

/// <summary>
/// Only KEDA's namespace, Prometheus's own and namespaces a cluster admin labelled prometheus-reader=true (the
/// dashboard's Grafana) reach the Prometheus server (issue 23, item 1). The policy ships in
/// k8s/prometheus-values.yaml's extraManifests, installed with the release; the chart's own networkPolicy, which
/// admits every source, stays off (policies add up: it would undo this one).
/// </summary>
public sealed class PrometheusNetworkPolicyTests
{
    // templates/deploy.yaml: `containerPort: 9090`, fixed in the chart (the Service's port 80 targets it).
    private const int ServerPort = 9090;
    private const string NamespaceLabel = "kubernetes.io/metadata.name";
    private const string ReaderLabel = "prometheus-reader";

    [Fact]
    public void The_server_admits_its_port_only_from_KEDA_Prometheus_and_labelled_reader_namespaces() =>
        Assert.Empty(Problems(Values()));

    [Fact]
    public void The_chart_s_own_policy_that_admits_everyone_stays_off() =>
        Assert.NotEqual("true", PrometheusChart.MergedValues(Values())["networkPolicy"]?["enabled"]?.ToString().ToLowerInvariant());

    [Theory]
    [InlineData("every namespace", """{"namespaceSelector": {}}""")]
    [InlineData("an address block", """{"ipBlock": {"cidr": "0.0.0.0/0"}}""")]
    [InlineData("the app's namespace", """{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "orders"}}}""")]
    public void A_policy_that_admits_another_source_is_reported(string source, string peer)
    {
        var values = Values();
        var manifest = (JsonObject)YamlToJson.ConvertAll(values["extraManifests"]![0]!.ToString()).Single()!;
        manifest["spec"]!["ingress"]![0]!["from"]!.AsArray().Add(JsonNode.Parse(peer));
        values["extraManifests"] = new JsonArray(JsonValue.Create(manifest.ToJsonString()));

        Assert.True(Problems(values).Count > 0, $"a peer admitting {source} went unnoticed");
    }

    private static List<string> Problems(JsonObject values)
    {
        var policies = (values["extraManifests"] as JsonArray ?? [])
            .SelectMany(text => YamlToJson.ConvertAll(text!.ToString()).OfType<JsonObject>())
            .Where(document => document["kind"]?.ToString() == "NetworkPolicy")
            .Select(document => KubernetesYaml.Deserialize<V1NetworkPolicy>(document.ToJsonString(), strict: true))
            .ToList();
        var server = ServerLabels(PrometheusChart.MergedValues(values));
        var selecting = policies.Where(p => p.Spec.PodSelector?.MatchLabels is { Count: > 0 } labels
            && labels.All(l => server.TryGetValue(l.Key, out var v) && v == l.Value) && p.Spec.PolicyTypes?.Contains("Ingress") == true).ToList();
        if (selecting.Count == 0)
        {
            return [$"no NetworkPolicy in extraManifests selects the server pods ({string.Join(", ", server)}) with policyTypes [Ingress]"];
        }

        var allowed = new HashSet<string> { HelmChart.Keda.Namespace, HelmChart.Prometheus.Namespace };
        var problems = new List<string>();
        var admitted = new HashSet<string>();
        foreach (var rule in selecting.SelectMany(p => p.Spec.Ingress ?? []))
        {
            if (rule.Ports is not { Count: > 0 } || rule.Ports.Any(p => p.Port?.Value != ServerPort.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                problems.Add($"a rule admits ports other than {ServerPort}: {KubernetesJson.Serialize(rule.Ports)}");
            }

            foreach (var peer in rule.FromProperty ?? [new V1NetworkPolicyPeer()])
            {
                var labels = peer.NamespaceSelector?.MatchLabels;
                var known = peer.IpBlock is null && peer.PodSelector is null && peer.NamespaceSelector?.MatchExpressions is null or { Count: 0 } && labels is { Count: 1 }
                    && ((labels.TryGetValue(NamespaceLabel, out var name) && allowed.Contains(name)) || (labels.TryGetValue(ReaderLabel, out var reader) && reader == "true"));
                if (known)
                {
                    var only = labels!.Single();
                    admitted.Add(only.Key == NamespaceLabel ? only.Value : ReaderLabel);
                }
                else
                {
                    problems.Add($"a rule admits {KubernetesJson.Serialize(peer)}");
                }
            }
        }

        problems.AddRange(allowed.Append(ReaderLabel).Except(admitted).Select(missing => $"{missing} is not admitted"));
        return problems;
    }

    /// <summary>The chart's prometheus.server.matchLabels for the pipeline's release: component (server.name), name, instance.</summary>
    private static Dictionary<string, string> ServerLabels(JsonObject merged) => new()
    {
        ["app.kubernetes.io/component"] = merged["server"]!["name"]!.ToString(),
        ["app.kubernetes.io/name"] = merged["nameOverride"]?.ToString() is { Length: > 0 } name ? name : HelmChart.Prometheus.ChartName,
        ["app.kubernetes.io/instance"] = HelmChart.Prometheus.Release,
    };

    private static JsonObject Values() => (JsonObject)YamlToJson.ConvertAll(File.ReadAllText(RepositoryFiles.PrometheusValues)).Single()!;
}
