namespace Orders.Pipeline.Cli;

/// <summary>The Cake target a task is (<c>./build.sh --target=Name</c>): Cake.Frosting's attribute of the same
/// name, so that moving the script to Frosting is a change of base class, not of declarations.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TaskNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
