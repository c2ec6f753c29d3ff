using Orders.Pipeline.Cli;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Deploy;

/// <summary>
/// The Prometheus the deployment serves and asks: its namespace (the NetworkPolicy admits its pods to the
/// exporter's port) and its in-cluster address (the ScaledObject's serverAddress). Both are one value in the
/// manifests, the ConfigMap orders-prometheus in k8s/base/prometheus.yaml, which Apply's kustomization patches
/// only when an option was given (<see cref="Given"/>): otherwise the manifests' own values stand (the base's
/// chart Service, or the operator component's prometheus-operated), so a user's --manifests that already patches
/// that ConfigMap is not overridden by a default.
/// </summary>
public sealed record PrometheusTarget(PrometheusMode Mode, string Namespace, string Address, bool Given)
{
    /// <summary>The ConfigMap k8s/base/prometheus.yaml holds the two values in.</summary>
    public const string ConfigMapName = "orders-prometheus";

    /// <summary>kube-prometheus-stack's usual namespace, and the Service the operator creates for its Prometheus
    /// (what k8s/components/prometheus-operator sets).</summary>
    public const string OperatorNamespace = "monitoring";
    public const string OperatorService = "prometheus-operated";
    public const int OperatorPort = 9090;

    public static PrometheusTarget From(CommandLine args)
    {
        var mode = StackModeGrammar.Prometheus(O.Prometheus.Name, args.Text(O.Prometheus)!);
        var @namespace = args.Text(O.PrometheusNamespace) is { } given
            ? ArgumentGrammar.ServiceNamespace(O.PrometheusNamespace.Name, given)
            : mode == PrometheusMode.Operator ? OperatorNamespace : HelmChart.Prometheus.Namespace;
        var address = args.Text(O.PrometheusAddress) is { } text
            ? Checked(text).TrimEnd('/') // KEDA appends /api/v1/query to it itself
            : DefaultAddress(mode, @namespace);
        var isGiven = args.Given(O.PrometheusNamespace) is not null || args.Given(O.PrometheusAddress) is not null;
        var target = new PrometheusTarget(mode, @namespace, address, isGiven);
        // The NetworkPolicy admits --prometheus-namespace; a Service address in another namespace would be refused.
        if (target.InClusterService() is { } service && service.Namespace != @namespace)
        {
            if (args.Given(O.PrometheusNamespace) is not null)
            {
                throw new ArgumentException($"--prometheus-address {address} names namespace '{service.Namespace}' but --prometheus-namespace is '{@namespace}': the NetworkPolicy would refuse that Prometheus's scrapes. Give the same namespace to both.");
            }
            target = target with { Namespace = service.Namespace };
        }
        return target;
    }

    /// <summary>The Service, port and namespace <see cref="Address"/> names when it is a cluster-local Service
    /// address (<c>http://svc.ns.svc[.cluster.local]:port</c>): what Smoke port-forwards to; null otherwise.</summary>
    public (string Service, int Port, string Namespace)? InClusterService()
    {
        var url = new Uri(Address);
        var parts = url.Host.Split('.');
        return parts.Length >= 3 && parts[2] == "svc" ? (parts[0], url.Port, parts[1]) : null;
    }

    private static string DefaultAddress(PrometheusMode mode, string @namespace) => mode == PrometheusMode.Operator
        ? $"http://{OperatorService}.{@namespace}.svc.cluster.local:{OperatorPort}"
        : $"http://{HelmChart.PrometheusServerService}.{@namespace}.svc.cluster.local:{HelmChart.PrometheusServerPort}";

    private static string Checked(string text)
    {
        UrlGrammar.Parse(O.PrometheusAddress.Name, text);
        return text;
    }
}
