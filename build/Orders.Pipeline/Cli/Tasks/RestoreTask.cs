namespace Orders.Pipeline.Cli.Tasks;

/// <summary>Cake's own task (dotnet restore): declared here so its description has one owner.</summary>
[TaskName("Restore")]
[TaskDescription("Restore the NuGet packages of every project in the solution.")]
public sealed class RestoreTask : PipelineTask;
