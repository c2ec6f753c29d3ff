namespace Orders.Pipeline.Scaling;

/// <summary>
/// When the HPA keeps the count instead of computing a new one: the usage ratio within the tolerance. The form
/// depends on the Kubernetes version (<see cref="ModelVersions"/>): before 1.33 replica_calculator.go compares
/// <c>math.Abs(1.0-usageRatio)</c> with the controller's one tolerance; from 1.33 <c>Tolerances.isWithin</c> checks
/// <c>(1.0-scaleDown) &lt;= usageRatio &amp;&amp; usageRatio &lt;= (1.0+scaleUp)</c>. The two disagree on ratios that
/// sit on the boundary in decimal but not in binary (44/40), which is where a count is held or raised by one.
/// </summary>
public sealed record HpaTolerance(double ScaleUp, double ScaleDown, bool IsWithinForm)
{
    /// <summary>The controller's --horizontal-pod-autoscaler-tolerance both ways, in the 1.33+ form.</summary>
    public static HpaTolerance Default { get; } = new(KubernetesDefaults.Tolerance, KubernetesDefaults.Tolerance, true);

    /// <summary>The tolerances the HPA applies for <paramref name="versions"/>: a behavior's own per direction only
    /// where the HPAConfigurableTolerance gate is on by default (1.35+), the controller's flag otherwise.</summary>
    public static HpaTolerance For(ModelVersions versions, HpaBehavior? behavior)
    {
        var up = versions.HonoursBehaviorTolerance ? behavior?.ScaleUp?.Tolerance : null;
        var down = versions.HonoursBehaviorTolerance ? behavior?.ScaleDown?.Tolerance : null;
        return new HpaTolerance(up ?? KubernetesDefaults.Tolerance, down ?? KubernetesDefaults.Tolerance, versions.UsesIsWithinTolerance);
    }

    /// <summary>True when the HPA keeps the current count at <paramref name="usageRatio"/>.</summary>
    public bool Holds(double usageRatio) => IsWithinForm
        ? 1.0 - ScaleDown <= usageRatio && usageRatio <= 1.0 + ScaleUp
        // Before 1.33 there was one tolerance; a behavior's tolerance did not exist, so ScaleUp == ScaleDown.
        : Math.Abs(1.0 - usageRatio) <= ScaleUp;
}
