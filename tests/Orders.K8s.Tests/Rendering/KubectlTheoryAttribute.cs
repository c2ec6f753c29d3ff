namespace Orders.K8s.Tests.Rendering;

/// <summary>A theory that needs kubectl: skipped, with the reason, where kubectl is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class KubectlTheoryAttribute : TheoryAttribute
{
    public KubectlTheoryAttribute()
    {
        if (!Kubectl.IsOnPath)
        {
            Skip = Kubectl.MissingMessage;
        }
    }
}
