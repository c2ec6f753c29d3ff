// The arguments of the Local and LoadTest targets, read once. The tool (build/Orders.Pipeline) has the same
// option names, so each argument is passed through only when given and the tool's defaults stay in one place.
public sealed class LoadTestOptions
{
    // Passed to the tool as --name value when given on the command line.
    private static readonly string[] LocalArguments = { "profile", "observe", "endpoint", "concurrency", "app-port", "exporter-port", "prometheus-port", "scrape-interval", "prometheus-binary" };

    // The load test's own cluster arguments; app-url, prometheus-url, namespace and kube-context come from the
    // pipeline's ClusterOptions (argument, else ORDERS_* environment variable), so they agree with Apply/Smoke.
    private static readonly string[] ClusterOnlyArguments = { "profile", "endpoint", "concurrency", "scale-up-bound", "scale-down-bound", "pod-start" };

    public LoadTestOptions(ICakeContext context, ClusterOptions cluster)
    {
        var dll = context.Argument("loadtest-dll", context.EnvironmentVariable("ORDERS_LOADTEST_DLL") ?? "");
        ToolDll = dll.Length > 0 ? context.MakeAbsolute(context.File(dll)).FullPath : null;
        LocalTimeout = ProfileLength(context.Argument("profile", "")) + ParseDuration(context.Argument("observe", ""), DefaultsBound) + TimeSpan.FromMinutes(15);
        ClusterTimeout = ProfileLength(context.Argument("profile", ""))
            + ParseDuration(context.Argument("scale-up-bound", ""), TimeSpan.Zero) + ParseDuration(context.Argument("scale-down-bound", ""), TimeSpan.Zero) + TimeSpan.FromMinutes(30);
        Local = Collect(context, LocalArguments);
        Cluster = Collect(context, ClusterOnlyArguments);
        Cluster.AddRange(new[] { "--namespace", cluster.Namespace });
        if (cluster.AppUrl != null)
        {
            Cluster.AddRange(new[] { "--app-url", cluster.AppUrl.ToString() });
        }
        if (cluster.PrometheusUrl != null)
        {
            Cluster.AddRange(new[] { "--prometheus-url", cluster.PrometheusUrl.ToString() });
        }
        if (!string.IsNullOrEmpty(cluster.KubeContext))
        {
            Cluster.AddRange(new[] { "--context", cluster.KubeContext });
        }
    }

    /// <summary>--loadtest-dll (or ORDERS_LOADTEST_DLL): an already built Orders.Pipeline.dll to run instead of
    /// building build/Orders.Pipeline; null when not given.</summary>
    public string ToolDll { get; }

    /// <summary>The bound on `Orders.Pipeline local`: profile + observation + 15 min for starting
    /// the stack (perhaps apt-get installing Prometheus first), letting the counter settle and the report. Generous on purpose:
    /// it only stops a run that hangs.</summary>
    public TimeSpan LocalTimeout { get; }

    /// <summary>The bound on `Orders.Pipeline cluster`: profile + any given scale bounds + 30 min, which covers
    /// the default bounds (pods starting, an HPA scale-down window of up to 5 min) many times over.</summary>
    public TimeSpan ClusterTimeout { get; }

    /// <summary>The bound on `Orders.Pipeline smoke`: a few 10 s requests and Prometheus's 60 s, with room to spare.</summary>
    public TimeSpan SmokeTimeout { get; } = TimeSpan.FromMinutes(3);

    /// <summary>Options for `Orders.Pipeline local`.</summary>
    public List<string> Local { get; }

    /// <summary>Options for `Orders.Pipeline cluster`.</summary>
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

    // Stands in for any value not given (or not readable here): the tool's defaults (profile, --observe) live
    // only in the tool, and each is at most 3 minutes, so the bound never restates them.
    private static readonly TimeSpan DefaultsBound = TimeSpan.FromMinutes(3);

    // Only to size the timeout: the stages' durations summed ("30s:0->50, 2m:50" is 150 s); the tool parses
    // the profile for real and rejects a bad one. None given: the tools' default profiles are at most 3 min.
    private static TimeSpan ProfileLength(string profile)
    {
        if (profile.Length == 0)
        {
            return DefaultsBound;
        }
        return profile.Split(',').Select(stage => ParseDuration(stage.Split(':')[0].Trim(), DefaultsBound)).Aggregate(TimeSpan.Zero, (sum, d) => sum + d);
    }

    // The tool's duration forms: 500ms, 30s, 2m, or plain seconds.
    private static TimeSpan ParseDuration(string text, TimeSpan fallback)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text, @"^(\d+(?:\.\d+)?)(ms|s|m)?$");
        if (!match.Success)
        {
            return fallback;
        }
        var value = double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "ms" => TimeSpan.FromMilliseconds(value), "m" => TimeSpan.FromMinutes(value), _ => TimeSpan.FromSeconds(value) };
    }
}
