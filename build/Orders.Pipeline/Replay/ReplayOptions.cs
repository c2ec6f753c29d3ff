using Orders.Pipeline.Cli;
using Orders.Pipeline.Local;

namespace Orders.Pipeline.Replay;

/// <summary>
/// Settings of a replay (target Replay): which Prometheus, which range, which ScaledObjects. Checked before
/// anything is read or written, so bad input costs nothing: a start after the end, a step that is not positive,
/// a range of more than a week at the given step, a load window outside the range.
/// </summary>
public sealed record ReplayOptions(
    string Root,
    string Output,
    Uri PrometheusUrl,
    DateTimeOffset Start,
    DateTimeOffset End,
    TimeSpan Step,
    IReadOnlyList<string> ScaledObjects,
    string Namespace,
    DateTimeOffset? LoadStart,
    DateTimeOffset? LoadEnd)
{
    /// <summary>The project's ScaledObject and the tutorial's, compared on the same data.</summary>
    public const string DefaultScaledObjects = "k8s/base,k8s/tutorial";

    /// <summary>Bounds the points held in memory: 7 days at 1 s steps.</summary>
    public const int MaxPoints = 7 * 24 * 3600;

    public int Points => (int)((End - Start) / Step) + 1;

    public static ReplayOptions From(CommandLine args, DateTimeOffset now)
    {
        var root = Path.GetFullPath(args.Optional("root") ?? RepositoryRoot.Find(Environment.CurrentDirectory));
        var url = args.Optional("prometheus-url")
            ?? throw new ArgumentException("--prometheus-url is required: the Prometheus that holds the data, e.g. http://127.0.0.1:9090 (kubectl port-forward -n prometheus svc/prometheus-server 9090:80).");
        if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var prometheus) || prometheus.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"--prometheus-url '{url}' is not an http(s) URL.");
        }
        var start = TimeArgument.Parse("start", args.String("start", "-1h"), now);
        var end = TimeArgument.Parse("end", args.String("end", "now"), now);
        var step = args.Duration("step", TimeSpan.FromSeconds(1));
        DateTimeOffset? Time(string name) => args.Optional(name) is { } t ? TimeArgument.Parse(name, t, now) : null;
        var options = new ReplayOptions(
            root,
            Path.GetFullPath(args.Optional("out") ?? Path.Combine(root, "artifacts", "replay")),
            prometheus,
            start,
            end,
            step,
            args.String("scaledobject", DefaultScaledObjects).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => Path.GetFullPath(Path.IsPathRooted(p) ? p : Path.Combine(root, p))).ToList(),
            args.String("namespace", "orders"),
            Time("load-start"),
            Time("load-end"));
        options.Validate();
        return options;
    }

    private void Validate()
    {
        if (Start >= End)
        {
            throw new ArgumentException($"--start ({Start:u}) must be before --end ({End:u}).");
        }
        if (Step <= TimeSpan.Zero || Step > TimeSpan.FromSeconds(15))
        {
            throw new ArgumentException($"--step {Step.TotalSeconds:0.###}s must be more than 0 and at most 15s (the HPA syncs every 15 s; 1s replays every timing on its own reading).");
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
