namespace Orders.Pipeline.Cli;

/// <summary>
/// One task of the pipeline, in Cake.Frosting's shape (GitVersion's build is the model): a class whose Cake
/// target, description and dependencies are declared on it with <see cref="TaskNameAttribute"/>,
/// <see cref="TaskDescriptionAttribute"/> and <see cref="IsDependentOnAttribute"/>, plus what Frosting does not
/// need: the verb it runs (<see cref="VerbNameAttribute"/>) and the options that verb reads. The Cake script,
/// <c>--help</c> and docs/targets-and-settings.md follow from these declarations (<see cref="TaskRegistry"/>).
/// On the day Cake.Frosting is served, each class derives from <c>AsyncFrostingTask&lt;BuildContext&gt;</c>
/// instead and <see cref="RunAsync"/> becomes its <c>RunAsync(context)</c>.
/// </summary>
public abstract class PipelineTask
{
    /// <summary>The options the verb reads, besides <see cref="PipelineOptions.Global"/>; reading another is a
    /// bug that <see cref="CommandLine"/> reports at once.</summary>
    public virtual IReadOnlyList<OptionDefinition> Options => [];

    /// <summary>What <c>--help</c> prints for this task; a verb with users outside the pipeline teaches more.</summary>
    public virtual string Help(RegisteredTask task) => HelpText.Of(task);

    /// <summary>Runs the verb; exit code 0 done, 1 a verdict failed, 2 refused or broken. Reads its options
    /// first (which checks them) and calls <see cref="CommandLine.ThrowOnUnknown"/> before any tool runs.</summary>
    public virtual Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"{GetType().Name} has no verb: Cake runs it (dotnet) or it only groups other targets.");

    /// <summary>A run that hangs is cancelled, which stops every process it started (ProcessSupervisor).</summary>
    protected static CancellationTokenSource Bound(TimeSpan bound, CancellationToken cancellationToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(bound);
        return source;
    }
}
