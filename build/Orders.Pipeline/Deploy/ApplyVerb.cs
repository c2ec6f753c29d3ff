using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Manifests;

namespace Orders.Pipeline.Deploy;

/// <summary>
/// Apply: renders the manifests through a generated overlay (image references, namespace, the --layout's
/// components: the seed's NodePort and nodeSelector by default) into
/// artifacts/deploy/orders.yaml, which shows exactly what was applied, applies it, then waits for the rollout
/// and for KEDA to accept the ScaledObject. kubectl apply is declarative, so a second run changes nothing.
/// </summary>
public sealed class ApplyVerb(ClusterSettings settings, IProcessRunner runner, TextWriter output, TimeProvider time)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(settings.Manifests))
        {
            throw new InvalidOperationException($"{settings.Manifests} does not exist: nothing to apply. Restore it from git.");
        }
        var registry = ImageBuildVerb.RequireRegistry(settings);
        var tag = await ImageTag.ResolveAsync(settings, runner, startNew: false, time, cancellationToken);
        var deploy = settings.UnderRoot("artifacts/deploy");
        await DeployOverlay.WriteAsync(deploy, settings.Manifests, settings.Namespace,
            ImageDefinition.All.ToDictionary(i => i.Name, i => i.Reference(registry, tag)), cancellationToken,
            [.. Components().Select(settings.UnderRoot)], settings.Prometheus, settings.PrometheusRelease,
            settings.Prometheus.Mode == PrometheusMode.Operator && settings.KedaNamespace != HelmChart.KedaNamespace ? settings.KedaNamespace : null);

        var yaml = await ManifestRenderer.RenderAsync(runner, deploy, cancellationToken);
        var workload = ScaledWorkload.From(RenderedManifests.Read(yaml, "kubectl kustomize " + deploy));
        var rendered = Path.Combine(deploy, "orders.yaml");
        await File.WriteAllTextAsync(rendered, yaml.TrimEnd('\n') + "\n", cancellationToken);
        output.WriteLine($"Rendered {rendered}");

        var wait = "--timeout=" + Cli.DurationGrammar.ToGo(settings.WaitTimeout);
        await runner.RunCheckedAsync(Kubectl.Call(settings, TimeSpan.FromMinutes(2), ["apply", "--filename", rendered], null), cancellationToken);
        await runner.RunCheckedAsync(Kubectl.Call(settings, settings.CommandTimeout, ["rollout", "status", "deployment/" + workload.Deployment], settings.Namespace, wait), cancellationToken);
        await runner.RunCheckedAsync(Kubectl.Call(settings, settings.CommandTimeout, ["wait", "scaledobject/" + workload.ScaledObject], settings.Namespace, "--for=condition=Ready", wait), cancellationToken);
    }

    /// <summary>The layout's components, and with --prometheus=operator the PodMonitor and PrometheusRules.</summary>
    private IEnumerable<string> Components() => settings.Prometheus.Mode == PrometheusMode.Operator
        ? [.. settings.Layout.Components(), OperatorComponent]
        : settings.Layout.Components();

    public const string OperatorComponent = "k8s/components/prometheus-operator";
}
