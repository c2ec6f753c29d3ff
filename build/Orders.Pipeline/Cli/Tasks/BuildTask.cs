namespace Orders.Pipeline.Cli.Tasks;

/// <summary>Cake's own task (dotnet build, --configuration as one argument): declared here so its
/// description and its place in the chain have one owner.</summary>
[TaskName("Build")]
[TaskDescription("Compile every project in the solution (warnings are errors).")]
[IsDependentOn(typeof(RestoreTask))]
public sealed class BuildTask : PipelineTask;
