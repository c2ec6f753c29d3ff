using System.Globalization;
using Orders.Pipeline.Deploy;

namespace Orders.Pipeline.Cli;

/// <summary>
/// What an option's value may be, named for help (<c>--wait-timeout &lt;duration&gt;</c>) and checked for every
/// option of a run before its first verb starts a tool, so a bad value for Smoke fails Deploy at Preflight,
/// not after the images are pushed. The verbs parse with the same functions (<see cref="DurationGrammar"/>,
/// <see cref="ArgumentGrammar"/>), so the early check and the reading cannot disagree.
/// </summary>
public sealed record OptionGrammar(string Name, Action<string, string> Check)
{
    public static readonly OptionGrammar Text = new("text", (_, _) => { });
    public static readonly OptionGrammar Flag = new("flag", (_, _) => { });
    public static readonly OptionGrammar Path = new("path", (_, _) => { });
    public static readonly OptionGrammar Duration = new("duration", (option, value) => DurationGrammar.Parse(option, value));
    public static readonly OptionGrammar Durations = new("duration,...", (option, value) => Each(value, item => DurationGrammar.Parse(option, item)));
    public static readonly OptionGrammar WholeNumber = new("n", (option, value) => ParseWholeNumber(option, value));
    public static readonly OptionGrammar Factor = new("factor", (option, value) => ParseFactor(option, value));
    public static readonly OptionGrammar Url = new("url", (option, value) => UrlGrammar.Parse(option, value));
    public static readonly OptionGrammar Namespace = new("namespace", (option, value) => ArgumentGrammar.Namespace(option, value));
    public static readonly OptionGrammar ServiceNamespace = new("namespace", (option, value) => ArgumentGrammar.ServiceNamespace(option, value));
    public static readonly OptionGrammar Registry = new("host[:port][/path]", (option, value) => ArgumentGrammar.Registry(option, value.TrimEnd('/')));
    public static readonly OptionGrammar ImageTag = new("tag", (option, value) => ArgumentGrammar.ImageTag(option, value));
    public static readonly OptionGrammar KubeContext = new("context", (option, value) => ArgumentGrammar.KubeContext(option, value));
    public static readonly OptionGrammar ChartVersion = new("semver", (option, value) => ArgumentGrammar.ChartVersion(option, value));
    public static readonly OptionGrammar KubernetesVersion = new("major.minor", (option, value) => ModelVersionsArgument.Kubernetes(option, value));
    public static readonly OptionGrammar Nodes = new("node,...", (option, value) => Each(value, node => ArgumentGrammar.Node(option, node)));
    public static readonly OptionGrammar ContainerTool = new("docker|podman|buildah", (option, value) => ContainerToolGrammar.Parse(option, value));
    public static readonly OptionGrammar Layout = new("seed|portable", (option, value) => DeployLayoutGrammar.Parse(option, value));
    public static readonly OptionGrammar PrometheusMode = new("install|existing|operator", (option, value) => StackModeGrammar.Prometheus(option, value));
    public static readonly OptionGrammar KedaMode = new("install|existing", (option, value) => StackModeGrammar.Keda(option, value));
    public static readonly OptionGrammar Label = new("label-value", (option, value) => ArgumentGrammar.LabelValue(option, value));
    public static readonly OptionGrammar Profile = new("duration:rate,...", (option, value) => Named(option, () => Load.LoadProfile.Parse(value)));
    public static readonly OptionGrammar LocalProfile = new("duration:rate,...|boundary", (option, value) => Named(option, () => Local.LocalProfiles.Parse(value)));
    public static readonly OptionGrammar Endpoint = new("product|orders", (option, value) => Named(option, () => Load.LoadEndpoint.Parse(value)));
    public static readonly OptionGrammar Chaos = new(Local.LocalChaos.Grammar, (option, value) => Named(option, () => Local.LocalChaos.Parse(value) ?? (object)"none"));
    public static readonly OptionGrammar Arrivals = new("constant|poisson[:SEED]", (option, value) => Named(option, () => Load.LoadArrivals.Parse(value)));

    public static readonly OptionGrammar NamespacedNames = new("namespace/name,...", (option, value) => Each(value, item => Replay.ClusterScaledObject.Parse(option, item)));
    public static readonly OptionGrammar Expectation = new("[label:]name op number", (option, value) => Replay.Expectation.Parse(option, value));
    public static readonly OptionGrammar ReplayFormat = new("text|json|markdown", (option, value) => Replay.ReplayFormatGrammar.Parse(option, value));
    public static readonly OptionGrammar Header = new("'Name: value'", (option, value) => Replay.PrometheusAccess.ParseHeader(option, value));

    public static int ParseWholeNumber(string option, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= 0
            ? v
            : throw new ArgumentException($"--{option} '{text}' is not a whole number >= 0.");

    public static double ParseFactor(string option, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v > 0
            ? v
            : throw new ArgumentException($"--{option} '{text}' is not a number > 0 (e.g. 1.5 for half as much again).");

    // The load's parsers throw FormatException with their own wording; the option's name goes first.
    private static void Named(string option, Func<object> parse)
    {
        try
        {
            parse();
        }
        catch (FormatException e)
        {
            throw new ArgumentException(e.Message.StartsWith($"--{option}", StringComparison.Ordinal) ? e.Message : $"--{option}: {e.Message}", e);
        }
    }

    private static void Each(string value, Action<string> check)
    {
        foreach (var item in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            check(item);
        }
    }
}
