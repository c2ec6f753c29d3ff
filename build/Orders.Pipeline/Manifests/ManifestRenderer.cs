using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Manifests;

/// <summary>Renders the manifests through a <see cref="DeployOverlay"/> with <c>kubectl kustomize</c> (offline,
/// no cluster needed), so every verb reads names from what is, or would be, applied.</summary>
public static class ManifestRenderer
{
    public static async Task<string> RenderAsync(IProcessRunner runner, string overlayDirectory, CancellationToken cancellationToken)
    {
        var result = await runner.RunCheckedAsync(new ToolCall("kubectl", ["kustomize", overlayDirectory], TimeSpan.FromMinutes(1)) { CaptureOutput = true },
            cancellationToken, "Check the manifests with `kubectl kustomize k8s/base`.");
        return result.StandardOutput;
    }

    /// <summary>The manifests with only the namespace set (no images): what Smoke and LoadTest read names from.</summary>
    public static async Task<RenderedManifests> ReadAsync(IProcessRunner runner, string manifests, string @namespace, CancellationToken cancellationToken)
    {
        var overlay = Directory.CreateTempSubdirectory("orders-overlay-");
        try
        {
            await DeployOverlay.WriteAsync(overlay.FullName, manifests, @namespace, new Dictionary<string, string>(), cancellationToken);
            return RenderedManifests.Read(await RenderAsync(runner, overlay.FullName, cancellationToken), $"kubectl kustomize {manifests} (namespace {@namespace})");
        }
        finally
        {
            overlay.Delete(recursive: true);
        }
    }
}
