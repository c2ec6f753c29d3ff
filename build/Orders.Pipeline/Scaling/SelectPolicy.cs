namespace Orders.Pipeline.Scaling;

/// <summary>An HPA scaling rule's <c>selectPolicy</c>: which policy wins when several allow different steps.</summary>
public enum SelectPolicy
{
    /// <summary>The default: the policy allowing the biggest change.</summary>
    Max,

    /// <summary>The policy allowing the smallest change.</summary>
    Min,

    /// <summary>No scaling in this direction.</summary>
    Disabled,
}
