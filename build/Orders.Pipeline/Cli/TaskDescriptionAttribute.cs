namespace Orders.Pipeline.Cli;

/// <summary>The one line that describes a task, wherever it is shown: <c>--help</c>, Cake's task list
/// (<c>--description</c>) and the docs' Targets table. Cake.Frosting's attribute of the same name.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TaskDescriptionAttribute(string description) : Attribute
{
    public string Description { get; } = description;
}
