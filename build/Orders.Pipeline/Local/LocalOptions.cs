using Orders.Pipeline.Cli;
using Orders.Pipeline.Deploy;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Load;
using Orders.Pipeline.Scaling;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Local;

/// <summary>Settings of a Local run, with the defaults the docs give. Paths are absolute.</summary>
public sealed record LocalOptions(
    string Root,
    string Output,
    string AppDll,
    string ExporterDll,
    int AppPort,
    int ExporterPort,
    int PrometheusPort,
    LoadProfile Profile,
    LoadEndpoint Endpoint,
    LoadOptions Load,
    string Manifests,
    string? CompareManifests,
    string? PrometheusBinary,
    TimeSpan ScrapeInterval,
    TimeSpan Observe,
    ModelVersions? ModelledVersions = null,
    LocalChaos? Chaos = null)
{
    /// <summary>The Kubernetes and KEDA the model follows (--kubernetes-version, --keda-version).</summary>
    public ModelVersions Versions => ModelledVersions ?? ModelVersions.Default;

    /// <summary>The bound on the whole run: profile + observation + 15 min for starting the stack (perhaps
    /// apt-get installing Prometheus first), letting the counter settle and the report. Generous on purpose:
    /// it only stops a run that hangs.</summary>
    public TimeSpan RunBound => Profile.Duration + Observe + TimeSpan.FromMinutes(15);

    /// <summary>--chaos read and checked against the profile (its outage must fit in the hold) before anything starts.</summary>
    private static LocalChaos? ReadChaos(string text, LoadProfile profile)
    {
        LocalChaos? chaos;
        try
        {
            chaos = LocalChaos.Parse(text);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"--{O.Chaos.Name}: {e.Message}", e);
        }
        chaos?.StopAt(profile);
        return chaos;
    }

    public Uri AppUrl => new($"http://127.0.0.1:{AppPort}/");

    public Uri ExporterUrl => new($"http://127.0.0.1:{ExporterPort}/");

    public Uri PrometheusUrl => new($"http://127.0.0.1:{PrometheusPort}/");

    public static LocalOptions From(CommandLine args)
    {
        var root = args.Root();
        string Under(params string[] parts) => Path.GetFullPath(Path.Combine([root, .. parts]));
        var compare = args.Text(O.Compare)!;
        var profile = LocalProfiles.Parse(args.Text(O.LocalProfile)!);
        return new LocalOptions(
            root,
            Under(args.Text(O.LocalOutput)!),
            Under(args.Text(O.AppDll)!),
            Under(args.Text(O.ExporterDll)!),
            args.Int(O.AppPort),
            args.Int(O.ExporterPort),
            args.Int(O.PrometheusPort),
            profile,
            LoadEndpoint.Parse(args.Text(O.Endpoint)!),
            LoadOptions.From(args, timeoutWasRequestTimeout: true, Arrivals(args)),
            Under(args.Text(O.Manifests)!),
            compare is "none" ? null : Under(compare),
            args.Text(O.PrometheusBinary),
            args.OptionalDuration(O.ScrapeInterval) ?? ClusterScrapeInterval.Read(Under(HelmChart.Prometheus.ValuesFile!)),
            args.Duration(O.Observe),
            ModelVersionsArgument.From(args),
            ReadChaos(args.Text(O.Chaos) ?? "none", profile));
    }

    /// <summary>--arrivals as given, else Poisson with a fresh seed: five runs then sample five arrival sequences
    /// (the headline's ranges include the load's own noise), and the printed seed repeats any one of them.</summary>
    private static LoadArrivals Arrivals(CommandLine args) =>
        args.Given(O.LocalArrivals) is { } text ? LoadArrivals.Parse(text) : LoadArrivals.Poisson(Random.Shared.Next(1, 1_000_000));
}
