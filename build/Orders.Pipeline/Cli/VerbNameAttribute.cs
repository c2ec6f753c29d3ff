namespace Orders.Pipeline.Cli;

/// <summary>The verb of this tool a task runs (<c>Orders.Pipeline replay</c>). Frosting has no counterpart:
/// there, the task's <c>RunAsync</c> would be called in-process instead of through a verb. A task without a
/// verb is Cake's own (dotnet restore, build, test) or an aggregate of other tasks.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class VerbNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
