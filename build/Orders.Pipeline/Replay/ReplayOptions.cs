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
    string Namespace,
    DateTimeOffset? LoadStart,
    DateTimeOffset? LoadEnd,
    string? KubeContext = null,
    ModelVersions? ModelledVersions = null,
    double ScaleLoad = 1)
{
    /// <summary>The Kubernetes and KEDA the model follows (--kubernetes-version, --keda-version).</summary>
    public ModelVersions Versions => ModelledVersions ?? ModelVersions.Default;

    /// <summary>Bounds the points held in memory: 7 days at 1 s steps, both ends included.</summary>
    public const int MaxPoints = 7 * 24 * 3600 + 1;

    public int Points => (int)((End - Start) / Step) + 1;

    /// <summary>Reads the options (defaults in <see cref="O"/>) and checks them. Without --prometheus-url,
    /// <see cref="PrometheusUrl"/> is null: the run port-forwards to the cluster's Prometheus, as Smoke does.</summary>
    public static ReplayOptions From(CommandLine args, DateTimeOffset now)
    {
        var root = Path.GetFullPath(args.Text(O.Root) ?? RepositoryRoot.Find(Environment.CurrentDirectory));
        DateTimeOffset? Time(OptionDefinition option) => args.Text(option) is { } t ? TimeArgument.Parse(option.Name, t, now) : null;
        var options = new ReplayOptions(
            root,
            Path.GetFullPath(Path.Combine(root, args.Text(O.ReplayOutput)!)),
            args.Url(O.PrometheusUrl),
            Time(O.ReplayStart)!.Value,
            Time(O.ReplayEnd)!.Value,
            args.Duration(O.ReplayStep),
            args.Text(O.ScaledObjects)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => Path.GetFullPath(Path.IsPathRooted(p) ? p : Path.Combine(root, p))).ToList(),
            ArgumentGrammar.Namespace(O.Namespace.Name, args.Text(O.Namespace)!),
            Time(O.LoadStart),
            Time(O.LoadEnd),
            args.Text(O.KubeContext) is { } context ? ArgumentGrammar.KubeContext(O.KubeContext.Name, context) : null,
            ModelVersionsArgument.From(args),
            args.Factor(O.ScaleLoad));
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
        if (ScaledObjects.Count == 0)
        {
            throw new ArgumentException("--scaledobject names no path: give a kustomization directory or a YAML file, e.g. k8s/base.");
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
