namespace Orders.TestSupport;

/// <summary>
/// `kubectl kustomize`, which renders a kustomization offline (no cluster, no kube context), bounded by a timeout
/// after which its tree is killed.
/// </summary>
public static class Kubectl
{
    public const string InstallHint =
        "install the kubectl client (apt-get install kubectl from the Kubernetes apt repository, pkgs.k8s.io); the tests only run `kubectl kustomize`, offline";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private static readonly Lazy<string?> Executable = new(() => ExecutableOnPath.Find("kubectl"));

    /// <summary>The YAML stream the kustomization in <paramref name="directory"/> renders.</summary>
    public static string Kustomize(string directory)
    {
        var executable = Executable.Value ?? throw new InvalidOperationException("kubectl is not on PATH: " + InstallHint + ".");
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
