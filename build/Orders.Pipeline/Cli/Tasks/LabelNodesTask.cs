using Orders.Pipeline.Deploy;
using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Cli.Tasks;

[TaskName("LabelNodes")]
[VerbName("label-nodes")]
[TaskDescription("Label --nodes, or every node without a control-plane role, role=worker-node for the seed layout's nodeSelector (--layout=portable: none).")]
[IsDependentOn(typeof(InstallKedaTask))]
public sealed class LabelNodesTask : ClusterVerbTask
{
    protected override Task RunAsync(ClusterSettings settings, IProcessRunner runner, CancellationToken cancellationToken) =>
        new LabelNodesVerb(settings, runner, Console.Out).RunAsync(cancellationToken);
}
