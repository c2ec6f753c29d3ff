namespace Orders.K8s.Tests.Rendering;

/// <summary>
/// A fact that needs kubectl. xunit 2 has no dynamic skip, so the skip reason is decided when the attribute
/// is created: where kubectl is missing the test is reported as skipped with the reason, never as passed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class KubectlFactAttribute : FactAttribute
{
    public KubectlFactAttribute()
    {
        if (!Kubectl.IsOnPath)
        {
            Skip = Kubectl.MissingMessage;
        }
    }
}
