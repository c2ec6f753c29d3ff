using Orders.Pipeline.Cli.Tasks;

namespace Orders.Pipeline.Cli;

/// <summary>
/// Every task of the pipeline, in the order help and the docs list them. Adding a verb or a target is one
/// class in Cli/Tasks/ and one line here (a test checks none is left out); the Cake script registers its
/// targets from <c>Orders.Pipeline targets --json</c>, so nothing else changes.
/// </summary>
public static class TaskRegistry
{
    private static readonly Type[] Declared =
    [
        typeof(CleanTask), typeof(RestoreTask), typeof(BuildTask), typeof(TestTask), typeof(DefaultTask),
        typeof(PreflightTask), typeof(DockerBuildTask), typeof(DockerPushTask), typeof(InstallPrometheusTask), typeof(InstallKedaTask),
        typeof(LabelNodesTask), typeof(ApplyTask), typeof(SmokeTask), typeof(DeployTask),
        typeof(LocalTask), typeof(LoadTestTask), typeof(ImagesTask), typeof(TuneTask), typeof(ReplayTask), typeof(PackTask),
        typeof(LoadVerbTask), typeof(ReplayToolTask), typeof(WriteValuesTask), typeof(TargetsTask), typeof(CheckRunTask),
    ];

    private static readonly Lazy<IReadOnlyList<RegisteredTask>> Registered = new(() => [.. Declared.Select(RegisteredTask.Of)]);

    public static IReadOnlyList<RegisteredTask> All => Registered.Value;

    public static IEnumerable<Type> DeclaredTypes => Declared;

    /// <summary>The tasks that are Cake targets.</summary>
    public static IEnumerable<RegisteredTask> Targets => All.Where(t => t.Target is not null);

    public static RegisteredTask? ByVerb(string verb) => All.FirstOrDefault(t => t.Verb == verb);

    /// <summary>Cake's target names are case-insensitive (--target=deploy runs Deploy).</summary>
    public static RegisteredTask? ByTarget(string target) =>
        Targets.FirstOrDefault(t => string.Equals(t.Target, target, StringComparison.OrdinalIgnoreCase));

    public static RegisteredTask Of(Type type) => All.First(t => t.Task.GetType() == type);

    /// <summary>The task and every task it runs after, transitively: what one run without --exclusive runs.</summary>
    public static IReadOnlyList<RegisteredTask> Chain(RegisteredTask task)
    {
        var chain = new List<RegisteredTask>();
        void Visit(RegisteredTask current)
        {
            if (chain.Contains(current))
            {
                return;
            }
            foreach (var dependency in current.DependsOn)
            {
                Visit(Of(dependency));
            }
            chain.Add(current);
        }
        Visit(task);
        return chain;
    }

    /// <summary>Every option any verb accepts, each definition once (two verbs may share a name with
    /// different defaults, like --profile).</summary>
    public static IReadOnlyList<OptionDefinition> AllOptions => [.. All.SelectMany(t => t.Options).Distinct()];
}
