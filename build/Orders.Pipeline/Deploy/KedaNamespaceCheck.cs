using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Deploy;

/// <summary>
/// --keda=existing with the installed Prometheus: the server's NetworkPolicy (k8s/prometheus-values.yaml) admits
/// KEDA's queries from --keda-namespace only, so a KEDA operator elsewhere would see every query time out and the
/// ScaledObject fall back. Preflight says which namespace is admitted and, where the operator can be found by its
/// standard label (the chart's and the release manifests' app.kubernetes.io/name=keda-operator), that it runs there.
/// Not found (another label, or no right to list Deployments cluster-wide) is said, not failed.
/// </summary>
public sealed class KedaNamespaceCheck(ClusterSettings settings, IProcessRunner runner, TextWriter output)
{
    public const string OperatorLabel = "app.kubernetes.io/name=keda-operator";

    public async Task<IReadOnlyList<string>> ProblemsAsync(CancellationToken cancellationToken)
    {
        if (settings.Prometheus.Mode != PrometheusMode.Install)
        {
            output.WriteLine($"KEDA: --prometheus={settings.Prometheus.Mode.ToString().ToLowerInvariant()}: who may query that Prometheus is its owner's policy, not ours; KEDA's operator must reach {settings.Prometheus.Address}.");
            return [];
        }
        output.WriteLine($"KEDA: the Prometheus server's NetworkPolicy will admit KEDA's queries from namespace {settings.KedaNamespace} (--keda-namespace).");
        var found = await runner.RunAsync(Kubectl.Call(settings, TimeSpan.FromSeconds(30),
            ["get", "deployments", "--all-namespaces", "--selector", OperatorLabel], null, "--output=jsonpath={.items[*].metadata.namespace}") with { CaptureOutput = true }, cancellationToken);
        var namespaces = found.ExitCode == 0 ? found.StandardOutput.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        if (namespaces.Length == 0)
        {
            output.WriteLine($"KEDA: no Deployment labelled {OperatorLabel} found; make sure its operator runs in {settings.KedaNamespace}, or pass --keda-namespace=<its namespace>.");
            return [];
        }
        return namespaces.Contains(settings.KedaNamespace)
            ? []
            : [$"--keda=existing: KEDA's operator runs in namespace {string.Join(", ", namespaces)}, but --keda-namespace is {settings.KedaNamespace}: the Prometheus server's NetworkPolicy would refuse its queries and the ScaledObject would run on its fallback. Pass --keda-namespace={namespaces[0]}."];
    }
}
