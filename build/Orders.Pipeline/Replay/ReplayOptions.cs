using Orders.Pipeline.Cli;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Scaling;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Replay;

/// <summary>
/// Settings of a replay (target Replay): which Prometheus, which range, which ScaledObjects. Checked before
/// anything is read or written, so bad input costs nothing: a start after the end, a step that is not positive,
/// a range of more than a week at the given step, a load window outside the range.
/// </summary>
public sealed record ReplayOptions(
    string Root,
    string Output,
    Uri? PrometheusUrl,
    DateTimeOffset Start,
    DateTimeOffset End,
    TimeSpan Step,
    IReadOnlyList<string> ScaledObjects,
    string? Namespace,
    DateTimeOffset? LoadStart,
    DateTimeOffset? LoadEnd,
    string? KubeContext = null,
    ModelVersions? ModelledVersions = null,
    double ScaleLoad = 1)
{
    /// <summary>The Kubernetes and KEDA the model follows (--kubernetes-version, --keda-version).</summary>
    public ModelVersions Versions => ModelledVersions ?? ModelVersions.Default;

    /// <summary>--from-cluster: ScaledObjects read with kubectl, besides the paths.</summary>
    public IReadOnlyList<ClusterScaledObject> FromCluster { get; init; } = [];

    /// <summary>--expect: the gates judged on summary.json.</summary>
    public IReadOnlyList<Expectation> Expectations { get; init; } = [];

    public ReplayFormat Format { get; init; } = ReplayFormat.Text;

    /// <summary>Credentials and headers for Prometheus (never printed).</summary>
    public PrometheusAccess Access { get; init; } = PrometheusAccess.None;

    /// <summary>Bounds the points held in memory: 7 days at 1 s steps, both ends included.</summary>
    public const int MaxPoints = 7 * 24 * 3600 + 1;

    public int Points => (int)((End - Start) / Step) + 1;

    /// <summary>The Replay target: reads the options (defaults in <see cref="O"/>) and checks them. Without
    /// --prometheus-url, <see cref="PrometheusUrl"/> is null: the run port-forwards to the cluster's Prometheus, as
    /// Smoke does. Relative paths are under --root.</summary>
    public static ReplayOptions From(CommandLine args, DateTimeOffset now, Func<string, string?>? environment = null)
    {
        var root = args.Root();
        return Read(args, now, root, args.Text(O.ReplayOutput)!, args.Url(O.PrometheusUrl), args.Text(O.ScaledObjects)!,
            ArgumentGrammar.Namespace(O.Namespace.Name, args.Text(O.Namespace)!), environment);
    }

    /// <summary>The scaledobject-replay tool: no repository around it, every path relative to
    /// <paramref name="directory"/> (the current one), --prometheus-url and a ScaledObject required, YAML read as
    /// written (no namespace filled in).</summary>
    public static ReplayOptions ForTool(CommandLine args, DateTimeOffset now, string directory, Func<string, string?>? environment = null)
    {
        var url = UrlGrammar.Parse(O.ToolPrometheusUrl.Name, args.Required(O.ToolPrometheusUrl, "http://127.0.0.1:9090"));
        var paths = args.Text(O.ToolScaledObjects) ?? (args.Given(O.FromCluster) is null
            ? throw new ArgumentException($"--{O.ToolScaledObjects.Name} is required: pass a YAML file, a folder, a kustomization folder or - (stdin), e.g. --{O.ToolScaledObjects.Name}=scaledobject.yaml; or --{O.FromCluster.Name}=NAMESPACE/NAME.")
            : "");
        return Read(args, now, Path.GetFullPath(directory), args.Text(O.ToolOutput)!, url, paths, null, environment);
    }

    private static ReplayOptions Read(
        CommandLine args, DateTimeOffset now, string root, string output, Uri? url, string paths, string? @namespace, Func<string, string?>? environment)
    {
        DateTimeOffset? Time(OptionDefinition option) => args.Text(option) is { } t ? TimeArgument.Parse(option.Name, t, now) : null;
        var options = new ReplayOptions(
            root,
            Path.GetFullPath(Path.Combine(root, output)),
            url,
            Time(O.ReplayStart)!.Value,
            Time(O.ReplayEnd)!.Value,
            args.Duration(O.ReplayStep),
            paths.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => p == "-" ? p : Path.GetFullPath(Path.IsPathRooted(p) ? p : Path.Combine(root, p))).ToList(),
            @namespace,
            Time(O.LoadStart),
            Time(O.LoadEnd),
            args.Text(O.KubeContext) is { } context ? ArgumentGrammar.KubeContext(O.KubeContext.Name, context) : null,
            ModelVersionsArgument.From(args),
            args.Factor(O.ScaleLoad))
        {
            FromCluster = ClusterScaledObject.ParseAll(O.FromCluster.Name, args.Text(O.FromCluster)),
            Expectations = [.. args.All(O.Expect).Select(e => Expectation.Parse(O.Expect.Name, e))],
            Format = ReplayFormatGrammar.Parse(O.ReplayFormat.Name, args.Text(O.ReplayFormat)!),
            Access = PrometheusAccess.From(args, environment ?? Environment.GetEnvironmentVariable, root),
        };
        options.Validate();
        return options;
    }

    private void Validate()
    {
        if (Start >= End)
        {
            throw new ArgumentException($"--start ({Start:u}) must be before --end ({End:u}).");
        }
        var sync = Orders.Pipeline.Scaling.KubernetesDefaults.HpaSyncPeriod;
        if (Step <= TimeSpan.Zero || Step > sync)
        {
            throw new ArgumentException($"--step {Step.TotalSeconds:0.###}s must be more than 0 and at most {sync.TotalSeconds:0}s (the HPA syncs every {sync.TotalSeconds:0} s; 1s replays every timing on its own reading).");
        }
        if (Points > MaxPoints)
        {
            throw new ArgumentException($"--start..--end at --step {Step.TotalSeconds:0.###}s is {Points} points, more than {MaxPoints}: shorten the range or raise --step.");
        }
        if (ScaledObjects.Count == 0 && FromCluster.Count == 0)
        {
            throw new ArgumentException("--scaledobject names no path: give a kustomization directory or a YAML file, e.g. k8s/base.");
        }
        if (ScaledObjects.Count(p => p == "-") > 1)
        {
            throw new ArgumentException("--scaledobject names - (stdin) twice: stdin can be read once.");
        }
        foreach (var (name, at) in new[] { ("load-start", LoadStart), ("load-end", LoadEnd) })
        {
            if (at is { } t && (t < Start || t > End))
            {
                throw new ArgumentException($"--{name} ({t:u}) is outside --start..--end ({Start:u} .. {End:u}).");
            }
        }
        if (LoadStart is { } ls && LoadEnd is { } le && ls > le)
        {
            throw new ArgumentException($"--load-start ({ls:u}) must not be after --load-end ({le:u}).");
        }
    }
}
