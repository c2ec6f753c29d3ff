namespace Orders.K8s.Tests.Policies;

/// <summary>One broken rule: which object, which field, what was expected (with why), what was found.</summary>
public sealed record PolicyViolation(string Object, string Field, string Expected, string Found)
{
    public override string ToString() => $"{Object}: {Field}: expected {Expected}; found {Found}.";
}
