namespace Orders.TestSupport;

/// <summary>
/// `kubectl kustomize`, which renders a kustomization offline (no cluster, no kube context), bounded by a timeout
/// after which its tree is killed.
/// </summary>
public static class Kubectl
{
    public const string MissingMessage =
        "kubectl is not on PATH: these tests render k8s/ with `kubectl kustomize` (offline, no cluster needed). "
        + "Install the kubectl client (e.g. `apt-get install kubectl` from the Kubernetes apt repository) to run them.";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private static readonly Lazy<string?> Executable = new(() => ExecutableOnPath.Find("kubectl"));

    public static bool IsOnPath => Executable.Value is not null;

    /// <summary>The YAML stream the kustomization in <paramref name="directory"/> renders.</summary>
    public static string Kustomize(string directory)
    {
        var executable = Executable.Value ?? throw new InvalidOperationException(MissingMessage);
        try
        {
            return ChildProcess.Run(executable, ["kustomize", directory], Timeout).EnsureSuccess($"`kubectl kustomize {directory}`").StandardOutput;
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"`kubectl kustomize {directory}` ran over {Timeout.TotalSeconds} s and was killed; "
                + "it needs no network, so look for a remote resource in the kustomization.", e);
        }
    }
}
