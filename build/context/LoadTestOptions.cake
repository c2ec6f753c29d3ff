// The arguments of the Local and LoadTest targets, read once. The tool (build/Orders.LoadTest) has the same
// option names, so each argument is passed through only when given and the tool's defaults stay in one place.
public sealed class LoadTestOptions
{
    // Passed to the tool as --name value when given on the command line.
    private static readonly string[] LocalArguments = { "profile", "observe", "endpoint", "concurrency", "app-port", "exporter-port", "prometheus-port", "scrape-interval", "prometheus-binary" };

    // The cluster arguments share their names with the pipeline's ClusterArguments (app-url, prometheus-url,
    // namespace); kube-context becomes the tool's --context.
    private static readonly string[] ClusterArguments = { "profile", "endpoint", "concurrency", "app-url", "prometheus-url", "namespace", "scale-up-bound", "scale-down-bound", "pod-start" };

    public LoadTestOptions(ICakeContext context)
    {
        Local = Collect(context, LocalArguments);
        Cluster = Collect(context, ClusterArguments);
        var kubeContext = context.Argument("kube-context", "");
        if (kubeContext.Length > 0)
        {
            Cluster.Add("--context");
            Cluster.Add(kubeContext);
        }
    }

    /// <summary>Options for `Orders.LoadTest local`.</summary>
    public List<string> Local { get; }

    /// <summary>Options for `Orders.LoadTest cluster`.</summary>
    public List<string> Cluster { get; }

    private static List<string> Collect(ICakeContext context, string[] names)
    {
        var args = new List<string>();
        foreach (var name in names)
        {
            var value = context.Argument(name, "");
            if (value.Length > 0)
            {
                args.Add("--" + name);
                args.Add(value);
            }
        }
        return args;
    }
}
