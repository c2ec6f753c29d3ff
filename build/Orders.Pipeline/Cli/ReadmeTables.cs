namespace Orders.Pipeline.Cli;

/// <summary>
/// The Targets and Settings tables of docs/targets-and-settings.md (they were the README's until it became a
/// one-minute read), generated from the registry (<c>Orders.Pipeline targets --markdown</c>); a test fails when
/// the page's copy differs, so neither can drift from the code.
/// </summary>
public static class ReadmeTables
{
    public static string Targets() =>
        "| target | runs after | verb | what it does |\n| --- | --- | --- | --- |\n"
        + string.Concat(TaskRegistry.Targets.Select(t =>
            $"| `{t.Target}` | {string.Join(", ", t.DependsOn.Select(d => $"`{TaskRegistry.Of(d).Target}`"))} | {(t.Verb is null ? "" : $"`{t.Verb}`")} | {Cell(t.Description)} |\n"));

    /// <summary>One row per option definition (an option two verbs read with different defaults has two),
    /// with the tasks that accept it; the global options the Cake script passes itself are left out.</summary>
    public static string Settings() =>
        "| option | default | taken by | meaning |\n| --- | --- | --- | --- |\n"
        + string.Concat(TaskRegistry.AllOptions.Except(PipelineOptions.Global).Select(o =>
            $"| `--{o.Name}` | {Cell(o.DefaultShown)} | {string.Join(", ", TaskRegistry.All.Where(t => t.Task.Options.Contains(o)).Select(t => t.Name))} | {Cell(o.Meaning)}{(o.EnvironmentVariable is null ? "" : $" (also `{o.EnvironmentVariable}`)")} |\n"));

    // Markdown would read a '|' in a cell as a column break.
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
