using Orders.Pipeline.Cli;
using Orders.Pipeline.Deploy;
using Orders.Pipeline.Load;
using Orders.Pipeline.Scaling;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Cluster;

/// <summary>Settings of a cluster run (target LoadTest): the cluster settings every cluster verb shares, the
/// load, and the pass bounds. Without --app-url / --prometheus-url the run opens kubectl port-forwards.</summary>
public sealed record ClusterOptions(
    ClusterSettings Cluster,
    string Output,
    LoadProfile Profile,
    LoadEndpoint Endpoint,
    LoadOptions Load,
    TimeSpan? ScaleUpBound,
    TimeSpan? ScaleDownBound,
    string Kubectl = "kubectl",
    ModelVersions? ModelledVersions = null,
    bool KubernetesVersionGiven = false)
{
    /// <summary>The versions the model follows as the options say; <see cref="ClusterVerb"/> replaces Kubernetes with
    /// the cluster's own unless --kubernetes-version was given.</summary>
    public ModelVersions Versions => ModelledVersions ?? ModelVersions.Default;

    public string Root => Cluster.Root;

    public string Manifests => Cluster.Manifests;

    public string Namespace => Cluster.Namespace;

    public string? KubeContext => Cluster.KubeContext;

    /// <summary>The bound on the whole run: the profile, the pass bounds (or, when not given, the defaults'
    /// 3 minutes each, as the scale-down window is 5 min at most) and 30 min for everything else. Generous on
    /// purpose: it only stops a run that hangs.</summary>
    public TimeSpan RunBound => Profile.Duration + (ScaleUpBound ?? TimeSpan.FromMinutes(3)) + (ScaleDownBound ?? TimeSpan.FromMinutes(5)) + TimeSpan.FromMinutes(30);

    public static ClusterOptions From(CommandLine args)
    {
        var cluster = ClusterSettings.From(args);
        return new ClusterOptions(
            cluster,
            Path.GetFullPath(Path.Combine(cluster.Root, args.Text(O.ClusterOutput)!)),
            LoadProfile.Parse(args.Text(O.ClusterProfile)!),
            LoadEndpoint.Parse(args.Text(O.Endpoint)!),
            LoadOptions.From(args, timeoutWasRequestTimeout: false),
            args.OptionalDuration(O.ScaleUpBound),
            args.OptionalDuration(O.ScaleDownBound),
            ModelledVersions: ModelVersionsArgument.From(args, kedaChart: cluster.ChartVersion(HelmChart.Keda)),
            KubernetesVersionGiven: args.Given(O.KubernetesVersion) is not null);
    }
}
