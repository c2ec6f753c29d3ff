using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Cluster;

/// <summary>
/// Renders the manifests as the Apply target deploys them: through a kustomization that sets
/// <c>namespace:</c> to --namespace on top of --manifests. The ScaledObject's query takes its namespace from
/// that (k8s/base's ORDERS_NAMESPACE var), so the model reads the same series KEDA does, not always "orders".
/// </summary>
public static class ClusterManifests
{
    public static async Task<string> RenderAsync(string manifests, string @namespace, CancellationToken cancellationToken)
    {
        var overlay = Directory.CreateTempSubdirectory("orders-loadtest-overlay-");
        try
        {
            // Kustomize accepts only a relative path to a base directory.
            var relativeBase = Path.GetRelativePath(overlay.FullName, manifests).Replace('\\', '/');
            await File.WriteAllTextAsync(Path.Combine(overlay.FullName, "kustomization.yaml"),
                $"apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: {@namespace}\nresources:\n  - {relativeBase}\n", cancellationToken);
            return await KustomizeRenderer.RenderAsync(overlay.FullName, cancellationToken);
        }
        finally
        {
            overlay.Delete(recursive: true);
        }
    }
}
