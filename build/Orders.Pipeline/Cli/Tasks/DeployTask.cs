namespace Orders.Pipeline.Cli.Tasks;

/// <summary>The aggregate of the cluster targets: Smoke runs after everything else.</summary>
[TaskName("Deploy")]
[TaskDescription("Preflight, build and push the images, install Prometheus and KEDA, label nodes, apply, smoke-test: a verified deployment.")]
[IsDependentOn(typeof(SmokeTask))]
public sealed class DeployTask : PipelineTask;
