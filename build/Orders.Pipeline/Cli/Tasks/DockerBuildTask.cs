using Orders.Pipeline.Deploy;
using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Cli.Tasks;

[TaskName("DockerBuild")]
[VerbName("docker-build")]
[TaskDescription("Build `<registry>/orders-app:<tag>` and `<registry>/orders-exporter:<tag>` from app/Dockerfile and sidecar/Dockerfile.")]
[IsDependentOn(typeof(PreflightTask))]
public sealed class DockerBuildTask : ClusterVerbTask
{
    protected override Task RunAsync(ClusterSettings settings, IProcessRunner runner, CancellationToken cancellationToken) =>
        new ImageBuildVerb(settings, runner, TimeProvider.System).RunAsync(cancellationToken);
}
