namespace Orders.Pipeline.Scaling;

/// <summary>An HPA scaling policy's <c>type</c>.</summary>
public enum ScalingPolicyType
{
    Pods,
    Percent,
}
