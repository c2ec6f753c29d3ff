using Orders.Pipeline.Deploy;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Smoke;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Cli.Tasks;

[TaskName("Smoke")]
[VerbName("smoke")]
[TaskDescription("The app answers, Prometheus has product_order_total within --prometheus-timeout, the ScaledObject is Ready and KEDA's HPA exists.")]
[IsDependentOn(typeof(ApplyTask))]
public sealed class SmokeTask : PipelineTask
{
    public override IReadOnlyList<OptionDefinition> Options => [.. O.Cluster, O.PrometheusTimeout, O.ExporterUrl];

    public override async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var settings = ClusterSettings.From(args);
        var exporterUrl = args.Url(O.ExporterUrl);
        var prometheusTimeout = args.Duration(O.PrometheusTimeout);
        args.ThrowOnUnknown();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        await new ClusterSmokeVerb(settings, new ProcessRunner(Console.Out), http, Console.Out, exporterUrl, prometheusTimeout).RunAsync(cancellationToken);
        return 0;
    }
}
