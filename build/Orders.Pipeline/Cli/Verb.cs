namespace Orders.Pipeline.Cli;

/// <summary>One job of the pipeline (a Cake target calls exactly one): its name on the command line, one line
/// for the usage text, and what it runs. Its exit code: 0 done, 1 a verdict failed, 2 refused or broken.</summary>
public sealed record Verb(string Name, string Summary, Func<CommandLine, CancellationToken, Task<int>> RunAsync);
