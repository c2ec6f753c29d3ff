namespace Orders.Pipeline.Cli.Tasks;

/// <summary>What ./build.sh runs without --target.</summary>
[TaskName("Default")]
[TaskDescription("Build and run every test.")]
[IsDependentOn(typeof(BuildTask))]
[IsDependentOn(typeof(TestTask))]
public sealed class DefaultTask : PipelineTask;
