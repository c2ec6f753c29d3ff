using System.Reflection;

namespace Orders.Pipeline.Cli;

/// <summary>A task as the registry reads it from its attributes: its Cake target (null for a verb Cake never
/// runs, like <c>load</c>), its verb (null for Cake's own and aggregate targets), description, the targets it
/// runs after, and the options its verb accepts (global ones included).</summary>
public sealed record RegisteredTask(string? Target, string? Verb, string Description, IReadOnlyList<Type> DependsOn, PipelineTask Task)
{
    public IReadOnlyList<OptionDefinition> Options { get; } = [.. Task.Options, .. PipelineOptions.Global.Except(Task.Options)];

    /// <summary>The target's name, else the verb's: how help and errors name the task.</summary>
    public string Name => Target ?? Verb!;

    public static RegisteredTask Of(Type type)
    {
        var description = type.GetCustomAttribute<TaskDescriptionAttribute>()?.Description
            ?? throw new InvalidOperationException($"{type.Name} has no [TaskDescription]: every task says in one line what it does.");
        return new RegisteredTask(
            type.GetCustomAttribute<TaskNameAttribute>()?.Name,
            type.GetCustomAttribute<VerbNameAttribute>()?.Name,
            description,
            [.. type.GetCustomAttributes<IsDependentOnAttribute>().Select(a => a.Task)],
            (PipelineTask)Activator.CreateInstance(type)!);
    }
}
