namespace Orders.Pipeline.Cli.Tasks;

/// <summary>Cake's own task (CleanDirectory): declared here so its description has one owner.</summary>
[TaskName("Clean")]
[TaskDescription("Delete artifacts/ (every build output, test result and local run).")]
public sealed class CleanTask : PipelineTask;
