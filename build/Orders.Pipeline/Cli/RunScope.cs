namespace Orders.Pipeline.Cli;

/// <summary>
/// The tasks of one run, whose options a verb must accept: the Cake script forwards a run's arguments to each
/// verb of its chain and says which run it is (--run-target, --run-exclusive), so Preflight accepts Smoke's
/// --prometheus-timeout in a Deploy run but Replay refuses Images' --pod-orders. Run alone (no --run-target),
/// a verb accepts its own options only.
/// </summary>
public sealed record RunScope(string Name, IReadOnlyList<RegisteredTask> Tasks)
{
    public IReadOnlyList<OptionDefinition> Accepted { get; } = [.. PipelineOptions.Global.Concat(Tasks.SelectMany(t => t.Options)).Distinct()];

    public static RunScope Of(RegisteredTask? verb, string? runTarget, bool exclusive)
    {
        if (runTarget is null)
        {
            return new RunScope(verb is null ? "this run" : $"`{verb.Verb}`", verb is null ? [] : [verb]);
        }
        var target = TaskRegistry.ByTarget(runTarget) ?? throw new ArgumentException(
            $"--{PipelineOptions.RunTarget.Name} '{runTarget}' is not a target; the targets are {string.Join(", ", TaskRegistry.Targets.Select(t => t.Target))}.");
        return exclusive
            ? new RunScope($"--target={target.Target} --exclusive", [target])
            : new RunScope($"--target={target.Target} (runs {string.Join(", ", TaskRegistry.Chain(target).Select(t => t.Target))})", TaskRegistry.Chain(target));
    }

    /// <summary>The error for an option no task of the run accepts: the closest accepted option, and which
    /// targets would take it, so the fix is one edit.</summary>
    public string Refuse(string option)
    {
        var closest = ClosestOption.To(option, Accepted.Select(o => o.Name).Where(n => n != PipelineOptions.RunTarget.Name && n != PipelineOptions.RunExclusive.Name));
        var owners = TaskRegistry.All.Where(t => t.Task.Options.Any(o => o.Name == option)).Select(t => t.Name).ToList();
        return $"--{option} is not an option of {Name}"
            + (closest is null ? "" : $"; did you mean --{closest}?")
            + (owners.Count > 0 ? $" (--{option} is taken by {string.Join(", ", owners)}, not by this run.)" : "")
            + " `Orders.Pipeline <verb> --help` lists each verb's options.";
    }
}
