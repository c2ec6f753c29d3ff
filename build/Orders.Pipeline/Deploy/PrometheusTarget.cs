using Orders.Pipeline.Cli;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Deploy;

/// <summary>
/// The Prometheus the deployment serves and asks: its namespace (the NetworkPolicy admits its pods to the
/// exporter's port) and its in-cluster address (the ScaledObject's serverAddress). Both are one value in the
/// manifests, the ConfigMap orders-prometheus in k8s/base/prometheus.yaml, which Apply's kustomization patches
/// only when an option was given (<see cref="Given"/>): otherwise the manifests' own values stand, so a user's
/// --manifests that already patches that ConfigMap is not overridden by a default.
/// </summary>
public sealed record PrometheusTarget(string Namespace, string Address, bool Given)
{
    /// <summary>The ConfigMap k8s/base/prometheus.yaml holds the two values in.</summary>
    public const string ConfigMapName = "orders-prometheus";

    public static PrometheusTarget From(CommandLine args)
    {
        var @namespace = ArgumentGrammar.ServiceNamespace(O.PrometheusNamespace.Name, args.Text(O.PrometheusNamespace)!);
        var address = args.Text(O.PrometheusAddress) is { } text
            ? Checked(text).TrimEnd('/') // KEDA appends /api/v1/query to it itself
            : ChartAddress(@namespace);
        var given = args.Given(O.PrometheusNamespace) is not null || args.Given(O.PrometheusAddress) is not null;
        return new PrometheusTarget(@namespace, address, given);
    }

    private static string Checked(string text)
    {
        UrlGrammar.Parse(O.PrometheusAddress.Name, text);
        return text;
    }

    /// <summary>The prometheus-community chart's server Service, release "prometheus", in <paramref name="namespace"/>.</summary>
    public static string ChartAddress(string @namespace) =>
        $"http://{HelmChart.PrometheusServerService}.{@namespace}.svc.cluster.local:{HelmChart.PrometheusServerPort}";
}
