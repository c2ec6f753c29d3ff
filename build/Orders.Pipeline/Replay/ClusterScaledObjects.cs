using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Replay;

/// <summary>
/// --from-cluster: each ScaledObject as the cluster holds it now, through <c>kubectl get scaledobject NAME
/// --namespace NS -o yaml</c> (bounded by a timeout, the current or --kube-context context). Read-only: nothing on the
/// cluster changes.
/// </summary>
public static class ClusterScaledObjects
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task<IReadOnlyList<(string Path, IReadOnlyList<ScaledObjectSpec> Specs)>> ReadAsync(
        IReadOnlyList<ClusterScaledObject> names, string? kubeContext, IProcessRunner runner, CancellationToken cancellationToken)
    {
        var found = new List<(string, IReadOnlyList<ScaledObjectSpec>)>();
        foreach (var name in names)
        {
            string[] context = kubeContext is null ? [] : ["--context", kubeContext];
            var call = new ToolCall("kubectl", [.. context, "get", "scaledobject", name.Name, "--namespace", name.Namespace, "-o", "yaml"], Timeout) { CaptureOutput = true };
            ToolResult result;
            try
            {
                result = await runner.RunCheckedAsync(call, cancellationToken,
                    $"Check `kubectl get scaledobject --namespace {name.Namespace}` lists it and that --kube-context names the cluster.");
            }
            catch (ToolFailedException e) when (e.InnerException is System.ComponentModel.Win32Exception)
            {
                throw new InvalidOperationException("kubectl is not on PATH: install the kubectl client to read --from-cluster, or save the ScaledObject to a file and pass --scaledobject.", e);
            }
            var source = $"cluster {name}";
            found.Add((source, [ScaledObjectReader.Read(result.StandardOutput, source)]));
        }
        return found;
    }
}
