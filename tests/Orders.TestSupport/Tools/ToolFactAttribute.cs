using Xunit;

namespace Orders.TestSupport;

/// <summary>
/// A fact that needs external programs (names from <see cref="RequiredTool"/>). xunit 2 has no dynamic skip, so
/// the reason is decided when the attribute is created: with a tool missing the test is reported skipped, with
/// what to install, never passed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] tools)
    {
        Tools = tools;
        if (RequiredTool.SkipReason(tools) is { } reason)
        {
            Skip = reason;
        }
    }

    public IReadOnlyList<string> Tools { get; }
}
