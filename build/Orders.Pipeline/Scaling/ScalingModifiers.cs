using Orders.Pipeline.Scaling.Formula;

namespace Orders.Pipeline.Scaling;

/// <summary>
/// <c>spec.advanced.scalingModifiers</c> (kedacore/keda v2.20.2 apis/keda/v1alpha1/scaledobject_types.go
/// <c>ScalingModifiers</c>): one formula over the named triggers replaces their metrics with one,
/// <c>composite-metric</c>, aimed at <see cref="Target"/> as <see cref="MetricType"/> (controllers/keda/hpa.go
/// <c>getScaledObjectMetricSpecs</c>); the triggers' own thresholds no longer reach the HPA. The ScaledObject is active
/// while the composite value is above <see cref="ActivationTarget"/>; the triggers' activationThresholds are ignored
/// (pkg/scaling/scale_handler.go <c>getScaledObjectState</c>).
/// </summary>
public sealed record ScalingModifiers(FormulaExpression Formula, double Target, double ActivationTarget = 0, MetricTargetType MetricType = MetricTargetType.AverageValue)
{
    /// <summary>Value equality: the same formula text, target, activation and type.</summary>
    public bool Equals(ScalingModifiers? other) =>
        other is not null && Formula.Text == other.Formula.Text && Target.Equals(other.Target)
        && ActivationTarget.Equals(other.ActivationTarget) && MetricType == other.MetricType;

    public override int GetHashCode() => HashCode.Combine(Formula.Text, Target, ActivationTarget, MetricType);

    /// <summary>The composite metric's name (apis/keda/v1alpha1 <c>CompositeMetricName</c>).</summary>
    public const string MetricName = "composite-metric";

    /// <summary>What KEDA sends for the formula's result: <c>SetMilli(int64(out * 1000))</c>, truncated toward zero and
    /// not clamped (pkg/scaling/modifiers/formula.go <c>calculateScalingModifiersFormula</c>).</summary>
    public static double CompositeValue(double formulaResult) => Math.Truncate(formulaResult * 1000) / 1000;
}
