namespace Orders.Pipeline.Scaling.Formula;

/// <summary>
/// A scalingModifiers formula, parsed and checked: evaluates to a number from the triggers' values, given by
/// trigger index. KEDA runs it with github.com/expr-lang/expr, wrapped in <c>float(...)</c>
/// (apis/keda/v1alpha1/scaledobject_webhook.go <c>castToFloatIfNecessary</c>), so the result is a float64 whatever
/// mix of integer literals and values it holds; this evaluates in doubles throughout, which is the same thing for
/// the operators it accepts (<see cref="FormulaParser"/>).
/// </summary>
public sealed class FormulaExpression
{
    private readonly Func<double[], double> _evaluate;

    internal FormulaExpression(string text, Func<double[], double> evaluate, IReadOnlyList<int> triggersUsed)
    {
        Text = text;
        _evaluate = evaluate;
        TriggersUsed = triggersUsed;
    }

    public string Text { get; }

    /// <summary>The indices of the triggers the formula names.</summary>
    public IReadOnlyList<int> TriggersUsed { get; }

    /// <summary>The formula's value for the triggers' values (index = trigger index).</summary>
    public double Evaluate(IReadOnlyList<double> values) => _evaluate(values as double[] ?? [.. values]);

    public override string ToString() => Text;
}
