using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Manifests;

namespace Orders.Pipeline.Scaling;

/// <summary>Renders a Kustomize directory with <c>kubectl kustomize DIR</c> (works offline, no cluster needed),
/// through the pipeline's one process runner (bounded, tree-killed), without printing the command.</summary>
public static class KustomizeRenderer
{
    public static async Task<string> RenderAsync(string directory, CancellationToken cancellationToken)
    {
        try
        {
            return await Manifests.ManifestRenderer.RenderAsync(new ProcessRunner(TextWriter.Null), directory, cancellationToken);
        }
        catch (ToolFailedException e)
        {
            throw new InvalidOperationException(
                e.InnerException is System.ComponentModel.Win32Exception
                    ? "kubectl is not on PATH: install the kubectl client (it renders k8s/ offline with 'kubectl kustomize')."
                    : e.Message, e);
        }
    }
}
