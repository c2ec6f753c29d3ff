namespace Orders.Pipeline.Cli;

/// <summary>--help, generated from the registry: every verb with its target and description; for one verb,
/// only the options it accepts, each with its grammar, default and environment variable.</summary>
public static class HelpText
{
    public static string Usage() =>
        "Orders.Pipeline <verb> [--option value]...   (./build.sh --target=<Target> runs the verb of each target of its chain)\n\nverbs:\n"
        + string.Concat(TaskRegistry.All.Where(t => t.Verb is not null)
            .Select(t => $"  {t.Verb,-19}{(t.Target is null ? "" : $"[{t.Target}] ")}{t.Description}\n"))
        + "\ntargets without a verb (Cake's own):\n"
        + string.Concat(TaskRegistry.Targets.Where(t => t.Verb is null).Select(t => $"  {t.Target,-19}{t.Description}\n"))
        + "\n`Orders.Pipeline <verb> --help` lists that verb's options with their defaults.\n";

    public static string Of(RegisteredTask task)
    {
        var header = $"Orders.Pipeline {task.Verb} [--option value]...\n\n{task.Description}\n";
        if (task.Target is not null)
        {
            header += $"Cake target: {task.Target}"
                + (task.DependsOn.Count == 0 ? "" : $", runs after {string.Join(", ", task.DependsOn.Select(d => TaskRegistry.Of(d).Target))}")
                + " (--exclusive runs it alone)\n";
        }
        return header + "\noptions (default in brackets):\n"
            + string.Concat(task.Options.Select(o =>
                $"  --{o.Name} <{o.Grammar.Name}>\n      {o.Meaning} [{o.DefaultShown}]{(o.EnvironmentVariable is null ? "" : $" (also {o.EnvironmentVariable})")}\n"));
    }
}
