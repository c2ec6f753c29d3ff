namespace Orders.Pipeline.Cli;

/// <summary>A task that runs before this one in a run (unless <c>--exclusive</c>). Cake.Frosting's attribute of
/// the same name; declaration order is the order Cake runs them in.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class IsDependentOnAttribute(Type task) : Attribute
{
    public Type Task { get; } = task;
}
