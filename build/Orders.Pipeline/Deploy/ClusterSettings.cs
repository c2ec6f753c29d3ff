using Orders.Pipeline.Cli;
using Orders.Pipeline.Infrastructure;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Deploy;

/// <summary>
/// The settings every cluster verb shares, read once and checked against their grammars before any tool runs
/// (<see cref="ArgumentGrammar"/>): a value that could become an extra kubectl/helm/docker argument or break
/// the rendered YAML is refused here, naming the option and what it accepts.
/// </summary>
public sealed record ClusterSettings(
    string Root,
    string? Registry,
    string? ImageTag,
    ContainerTool ContainerTool,
    string? KubeContext,
    string Namespace,
    IReadOnlyList<string> Nodes,
    Uri? AppUrl,
    Uri? PrometheusUrl,
    IReadOnlyDictionary<string, string> ChartVersions,
    TimeSpan WaitTimeout,
    RegistryCredentials? Credentials,
    string Manifests,
    DeployLayout Layout,
    PrometheusTarget Prometheus,
    KedaMode Keda,
    string KedaNamespace,
    string? PrometheusRelease,
    bool UpgradeCharts)
{
    /// <summary>The namespace <paramref name="chart"/> is installed in: Prometheus's follows --prometheus-namespace,
    /// KEDA's --keda-namespace.</summary>
    public string ChartNamespace(HelmChart chart) =>
        chart == HelmChart.Prometheus ? Prometheus.Namespace : chart == HelmChart.Keda ? KedaNamespace : chart.Namespace;

    /// <summary>The bound on a command that itself waits for <see cref="WaitTimeout"/>: a minute more, so the
    /// command's own, clearer timeout message comes first.</summary>
    public TimeSpan CommandTimeout => WaitTimeout + TimeSpan.FromMinutes(1);

    /// <summary>The version <paramref name="chart"/> is pinned to, by its own option.</summary>
    public string ChartVersion(HelmChart chart) => ChartVersions[chart.VersionOption.Name];

    public string UnderRoot(string relative) => System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, relative));

    public static ClusterSettings From(CommandLine args) => From(args, Environment.GetEnvironmentVariable);

    /// <summary>Images reads its own --container-tool (<see cref="O.ImagesContainerTool"/>, buildah by default).</summary>
    public static ClusterSettings From(CommandLine args, OptionDefinition containerTool) => From(args, Environment.GetEnvironmentVariable, containerTool);

    public static ClusterSettings From(CommandLine args, Func<string, string?> environment, OptionDefinition? containerTool = null)
    {
        containerTool ??= O.ContainerTool;
        var root = args.Root();
        var nodes = (args.Text(O.Nodes) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var settings = new ClusterSettings(
            root,
            args.Text(O.Registry) is { } registry ? ArgumentGrammar.Registry(O.Registry.Name, registry.TrimEnd('/')) : null,
            args.Text(O.ImageTag) is { } tag ? ArgumentGrammar.ImageTag(O.ImageTag.Name, tag) : null,
            ContainerToolGrammar.Parse(containerTool.Name, args.Text(containerTool)!),
            args.Text(O.KubeContext) is { } context ? ArgumentGrammar.KubeContext(O.KubeContext.Name, context) : null,
            ArgumentGrammar.Namespace(O.Namespace.Name, args.Text(O.Namespace)!),
            [.. nodes.Select(node => ArgumentGrammar.Node(O.Nodes.Name, node))],
            args.Url(O.AppUrl),
            args.Url(O.PrometheusUrl),
            HelmChart.All.ToDictionary(c => c.VersionOption.Name, c => ArgumentGrammar.ChartVersion(c.VersionOption.Name, args.Text(c.VersionOption)!)),
            args.Duration(O.WaitTimeout),
            RegistryCredentials.From(environment),
            System.IO.Path.GetFullPath(System.IO.Path.Combine(root, args.Text(O.Manifests)!)),
            DeployLayoutGrammar.Parse(O.Layout.Name, args.Text(O.Layout)!),
            PrometheusTarget.From(args),
            StackModeGrammar.Keda(O.Keda.Name, args.Text(O.Keda)!),
            args.Text(O.KedaNamespace) is { } keda ? ArgumentGrammar.ServiceNamespace(O.KedaNamespace.Name, keda) : HelmChart.KedaNamespace,
            args.Text(O.PrometheusRelease) is { } release ? ArgumentGrammar.LabelValue(O.PrometheusRelease.Name, release) : null,
            args.Flag(O.UpgradeCharts.Name));
        if (settings.Namespace == settings.KedaNamespace)
        {
            throw new ArgumentException(
                $"--{O.Namespace.Name} and --{O.KedaNamespace.Name} are both '{settings.Namespace}': give the app a namespace of its own (e.g. orders), apart from KEDA's.");
        }
        return settings.Namespace != settings.Prometheus.Namespace ? settings : throw new ArgumentException(
            $"--{O.Namespace.Name} and --{O.PrometheusNamespace.Name} are both '{settings.Namespace}': give the app a namespace of its own (e.g. orders), apart from Prometheus's.");
    }
}
