using Orders.Pipeline.Deploy;
using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Cli.Tasks;

[TaskName("Apply")]
[VerbName("apply")]
[TaskDescription("Render the manifests with the pushed images, the --layout and the Prometheus options into artifacts/deploy/, apply them, wait for the rollout and the ScaledObject's Ready condition.")]
[IsDependentOn(typeof(LabelNodesTask))]
public sealed class ApplyTask : ClusterVerbTask
{
    protected override Task RunAsync(ClusterSettings settings, IProcessRunner runner, CancellationToken cancellationToken) =>
        new ApplyVerb(settings, runner, Console.Out, TimeProvider.System).RunAsync(cancellationToken);
}
