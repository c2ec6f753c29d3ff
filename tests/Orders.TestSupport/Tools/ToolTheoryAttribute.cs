using Xunit;

namespace Orders.TestSupport;

/// <summary>A theory that needs external programs: skipped as a whole, with what to install, where one is missing
/// (see <see cref="ToolFactAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolTheoryAttribute : TheoryAttribute
{
    public ToolTheoryAttribute(params string[] tools)
    {
        Tools = tools;
        if (RequiredTool.SkipReason(tools) is { } reason)
        {
            Skip = reason;
        }
    }

    public IReadOnlyList<string> Tools { get; }
}
