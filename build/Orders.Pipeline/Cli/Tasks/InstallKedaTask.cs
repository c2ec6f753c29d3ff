using Orders.Pipeline.Deploy;
using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Cli.Tasks;

[TaskName("InstallKeda")]
[VerbName("install-keda")]
[TaskDescription("Install or upgrade the pinned KEDA chart into --keda-namespace (default keda) with k8s/keda-values.yaml (the operator's keda_* metrics on), never over a release it did not install; --keda=existing installs nothing.")]
[IsDependentOn(typeof(InstallPrometheusTask))]
public sealed class InstallKedaTask : ClusterVerbTask
{
    protected override Task RunAsync(ClusterSettings settings, IProcessRunner runner, CancellationToken cancellationToken) =>
        new ChartInstallVerb(settings, runner, HelmChart.Keda, Console.Out).RunAsync(cancellationToken);
}
