// What every kubectl call shares. Cake.Kubectl's settings lack these two, and this pipeline needs both:
// --kube-context goes to every call, and the application's namespace is an argument.
public class KubectlSettings : ToolSettings
{
    /// <summary>--namespace; none means the context's default.</summary>
    public string Namespace { get; set; }

    /// <summary>--context: the kubeconfig context; none means the current one.</summary>
    public string Context { get; set; }
}
