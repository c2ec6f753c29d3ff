using Orders.Pipeline.Local;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Cli.Tasks;

/// <summary>The README's main command. Cake publishes the app and the exporter first (dotnet publish); the
/// verb runs them.</summary>
[TaskName("Local")]
[VerbName("local")]
[TaskDescription("Publish app and exporter, run them with a real Prometheus on 127.0.0.1, Smoke checks, a load profile, the KEDA/HPA model for ours and the tutorial's ScaledObject; report in artifacts/local/.")]
public sealed class LocalTask : PipelineTask
{
    public override IReadOnlyList<OptionDefinition> Options =>
    [
        O.LocalOutput, O.AppDll, O.ExporterDll, O.AppPort, O.ExporterPort, O.PrometheusPort, O.LocalProfile, .. O.LocalLoad,
        O.Manifests, O.Compare, O.PrometheusBinary, O.ScrapeInterval, O.Observe, O.Chaos, .. O.Model,
    ];

    public override async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var options = LocalOptions.From(args);
        args.ThrowOnUnknown();
        using var bound = Bound(options.RunBound, cancellationToken);
        return await new LocalVerb(options, Console.Out).RunAsync(bound.Token);
    }
}
