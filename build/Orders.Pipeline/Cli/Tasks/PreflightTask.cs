using Orders.Pipeline.Deploy;
using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Cli.Tasks;

[TaskName("Preflight")]
[VerbName("preflight")]
[TaskDescription("Check the container tool, helm and kubectl are on PATH, --registry is given and the cluster answers with Kubernetes 1.30+ (and with --keda=existing a KEDA that accepts the ScaledObject); name everything missing at once.")]
public sealed class PreflightTask : ClusterVerbTask
{
    protected override Task RunAsync(ClusterSettings settings, IProcessRunner runner, CancellationToken cancellationToken) =>
        new PreflightVerb(settings, runner, Console.Out, ExecutableLookup.FindOnPath, TimeProvider.System).RunAsync(cancellationToken);
}
