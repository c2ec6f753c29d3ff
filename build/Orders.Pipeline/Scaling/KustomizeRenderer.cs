using System.Diagnostics;

namespace Orders.Pipeline.Scaling;

/// <summary>Renders a Kustomize directory with <c>kubectl kustomize DIR</c> (works offline, no cluster needed).</summary>
public static class KustomizeRenderer
{
    public static async Task<string> RenderAsync(string directory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("kubectl", ["kustomize", directory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("kubectl did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                "kubectl is not on PATH: install the kubectl client (it renders k8s/ offline with 'kubectl kustomize').", e);
        }
        using (process)
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"'kubectl kustomize {directory}' failed ({process.ExitCode}): {await error}");
            }
            return await output;
        }
    }
}
