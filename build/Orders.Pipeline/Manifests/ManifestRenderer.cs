using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Manifests;

/// <summary>Renders the manifests with <c>kubectl kustomize</c> (offline, no cluster needed), through the pipeline's
/// one process runner (bounded, tree-killed), so every verb reads names from what is, or would be, applied.</summary>
public static class ManifestRenderer
{
    public static async Task<string> RenderAsync(IProcessRunner runner, string directory, CancellationToken cancellationToken)
    {
        try
        {
            var result = await runner.RunCheckedAsync(new ToolCall("kubectl", ["kustomize", directory], TimeSpan.FromMinutes(1)) { CaptureOutput = true },
                cancellationToken, "Check the manifests with `kubectl kustomize k8s/base`.");
            return result.StandardOutput;
        }
        catch (ToolFailedException e) when (e.InnerException is System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("kubectl is not on PATH: install the kubectl client (it renders k8s/ offline with 'kubectl kustomize').", e);
        }
    }

    /// <summary>A kustomization rendered and parsed once.</summary>
    public static async Task<RenderedManifests> ReadAsync(IProcessRunner runner, string directory, CancellationToken cancellationToken) =>
        RenderedManifests.Read(await RenderAsync(runner, directory, cancellationToken), $"kubectl kustomize {directory}");

    /// <summary>The manifests through an overlay that sets only the namespace, so $(ORDERS_NAMESPACE) in a query
    /// resolves: what Smoke, LoadTest and Replay read names and queries from. Unlike Apply's overlay it adds no
    /// images, no --layout or --prometheus=operator components and no Prometheus patch, so the Prometheus address
    /// and namespace in what it renders are k8s/base's defaults, not --prometheus-address's.</summary>
    public static async Task<RenderedManifests> ReadAsync(IProcessRunner runner, string manifests, string @namespace, CancellationToken cancellationToken) =>
        await ReadAsync(runner, manifests, @namespace, $"kubectl kustomize {manifests} (namespace {@namespace})", cancellationToken);

    public static async Task<RenderedManifests> ReadAsync(
        IProcessRunner runner, string manifests, string @namespace, string source, CancellationToken cancellationToken)
    {
        var overlay = Directory.CreateTempSubdirectory("orders-overlay-");
        try
        {
            await DeployOverlay.WriteAsync(overlay.FullName, manifests, @namespace, new Dictionary<string, string>(), cancellationToken);
            return RenderedManifests.Read(await RenderAsync(runner, overlay.FullName, cancellationToken), source);
        }
        finally
        {
            overlay.Delete(recursive: true);
        }
    }
}
