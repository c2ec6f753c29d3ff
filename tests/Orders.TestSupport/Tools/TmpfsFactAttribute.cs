using Xunit;

namespace Orders.TestSupport;

/// <summary>A fact that mounts a small tmpfs (<see cref="SmallTmpfs"/>); skipped, with the reason, where mounting
/// is not permitted. xunit 2 has no dynamic skip, so the reason is decided when the attribute is created.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (SmallTmpfs.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}
