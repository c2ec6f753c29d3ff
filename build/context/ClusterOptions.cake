// The cluster half of the BuildContext: every argument of Preflight..Smoke, parsed once (argument, else
// the ORDERS_* environment variable, else the default). Tasks read these properties, never Argument(...).
public sealed class ClusterOptions
{
    private readonly Lazy<string> _imageTag;

    public ClusterOptions(ICakeContext context)
    {
        string Read(string argument, string fallback = null)
        {
            var value = context.Argument<string>(argument, null);
            if (string.IsNullOrWhiteSpace(value))
            {
                value = context.EnvironmentVariable(ClusterArguments.EnvironmentVariable(argument));
            }
            return string.IsNullOrWhiteSpace(value) ? fallback : value.Trim();
        }

        Registry = Read(ClusterArguments.Registry)?.TrimEnd('/');
        var imageTag = Read(ClusterArguments.ImageTag);
        _imageTag = new Lazy<string>(() => imageTag ?? GitVersionTag.Read(context));
        ContainerTool = ParseContainerTool(Read(ClusterArguments.ContainerTool, "docker"));
        KubeContext = Read(ClusterArguments.KubeContext);
        Namespace = Read(ClusterArguments.Namespace, "orders");
        Nodes = (Read(ClusterArguments.Nodes) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        AppUrl = ParseUrl(Read(ClusterArguments.AppUrl), ClusterArguments.AppUrl);
        PrometheusUrl = ParseUrl(Read(ClusterArguments.PrometheusUrl), ClusterArguments.PrometheusUrl);
        PrometheusChartVersion = Read(ClusterArguments.PrometheusChartVersion, HelmCharts.Prometheus.PinnedVersion);
        KedaChartVersion = Read(ClusterArguments.KedaChartVersion, HelmCharts.Keda.PinnedVersion);
        Timeout = ParseDuration(Read(ClusterArguments.Timeout, "5m"));
        RegistryUsername = context.EnvironmentVariable(ClusterArguments.RegistryUsernameVariable);
        RegistryPassword = context.EnvironmentVariable(ClusterArguments.RegistryPasswordVariable);
    }

    /// <summary>--registry: where images are pushed and the cluster pulls from (e.g. localhost:5001).</summary>
    public string Registry { get; }

    /// <summary>--image-tag: default the git short SHA, a UTC timestamp outside git.</summary>
    public string ImageTag => _imageTag.Value;

    public ContainerTool ContainerTool { get; }

    /// <summary>--kube-context: passed to every kubectl and helm call when given.</summary>
    public string KubeContext { get; }

    public string Namespace { get; }

    /// <summary>--nodes=a,b: the nodes LabelNodes labels; none means every node without a control-plane role.</summary>
    public IReadOnlyList<string> Nodes { get; }

    public Uri AppUrl { get; }

    public Uri PrometheusUrl { get; }

    public string PrometheusChartVersion { get; }

    public string KedaChartVersion { get; }

    /// <summary>--timeout: how long helm --wait, rollout status and wait may take (each).</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The process bound on a command that itself waits for Timeout: a minute more, so the
    /// command's own, clearer timeout message comes first.</summary>
    public TimeSpan CommandTimeout => Timeout + TimeSpan.FromMinutes(1);

    public string RegistryUsername { get; }

    public string RegistryPassword { get; }

    public bool HasRegistryCredentials => !string.IsNullOrEmpty(RegistryUsername) && !string.IsNullOrEmpty(RegistryPassword);

    public string AppImage => $"{Registry}/{ClusterNames.AppImage}:{ImageTag}";

    public string ExporterImage => $"{Registry}/{ClusterNames.ExporterImage}:{ImageTag}";

    /// <summary>The registry's host (what docker login takes): the part before the first '/'.</summary>
    public string RegistryHost => Registry?.Split('/')[0];

    private static Uri ParseUrl(string value, string argument)
    {
        if (value == null)
        {
            return null;
        }
        if (!Uri.TryCreate(value.EndsWith('/') ? value : value + "/", UriKind.Absolute, out var url) || (url.Scheme != "http" && url.Scheme != "https"))
        {
            throw new CakeException($"--{argument}={value} is not an http(s) URL: pass e.g. --{argument}=http://127.0.0.1:8080.");
        }
        return url;
    }

    // Accepts what helm and kubectl accept ("90s", "5m", "1h") and TimeSpan's "00:05:00".
    private static TimeSpan ParseDuration(string value)
    {
        var match = System.Text.RegularExpressions.Regex.Match(value, @"^(\d+)([smh])$");
        if (match.Success)
        {
            var amount = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return match.Groups[2].Value switch { "s" => TimeSpan.FromSeconds(amount), "m" => TimeSpan.FromMinutes(amount), _ => TimeSpan.FromHours(amount) };
        }
        if (TimeSpan.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero)
        {
            return span;
        }
        throw new CakeException($"--{ClusterArguments.Timeout}={value} is not a duration: pass e.g. --{ClusterArguments.Timeout}=5m or 300s.");
    }
}
