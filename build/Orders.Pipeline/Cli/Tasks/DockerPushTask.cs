using Orders.Pipeline.Deploy;
using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Cli.Tasks;

[TaskName("DockerPush")]
[VerbName("docker-push")]
[TaskDescription("Push both images, logging in first (password on stdin) when REGISTRY_USERNAME/REGISTRY_PASSWORD are set.")]
[IsDependentOn(typeof(DockerBuildTask))]
public sealed class DockerPushTask : ClusterVerbTask
{
    protected override Task RunAsync(ClusterSettings settings, IProcessRunner runner, CancellationToken cancellationToken) =>
        new ImagePushVerb(settings, runner, Console.Out, TimeProvider.System).RunAsync(cancellationToken);
}
