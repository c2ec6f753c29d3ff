using Orders.Pipeline.Deploy;
using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Cli.Tasks;

[TaskName("InstallPrometheus")]
[VerbName("install-prometheus")]
[TaskDescription("Install or upgrade the pinned Prometheus chart into --prometheus-namespace with k8s/prometheus-values.yaml, never over a release it did not install; --prometheus=existing writes the scrape job instead, operator installs nothing.")]
[IsDependentOn(typeof(DockerPushTask))]
public sealed class InstallPrometheusTask : ClusterVerbTask
{
    protected override Task RunAsync(ClusterSettings settings, IProcessRunner runner, CancellationToken cancellationToken) =>
        new ChartInstallVerb(settings, runner, HelmChart.Prometheus, Console.Out).RunAsync(cancellationToken);
}
