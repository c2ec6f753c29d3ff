using Orders.Pipeline.Scaling.Formula;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>
/// scalingModifiers formulas: KEDA's documented examples (keda-docs concepts/scaling-deployments.md, "Scaling
/// Modifiers"; keda-advanced.md §d) evaluate as expr-lang does; what the parser does not model is refused naming
/// the function or operator and the field.
/// </summary>
public sealed class FormulaParserTests
{
    private static readonly string?[] Names = ["a", "b", "c"];

    private static double Evaluate(string formula, params double[] values) =>
        FormulaParser.Parse(formula, Names, "so.yaml:3: spec.advanced.scalingModifiers.formula").Evaluate(values);

    [Theory]
    [InlineData("(a + b) / 2", 3, 5, 0, 4)]              // docs example 1: the mean of two triggers
    [InlineData("a > 2 ? a + b : 1", 3, 5, 0, 8)]        // docs example 2, condition true
    [InlineData("a > 2 ? a + b : 1", 2, 5, 0, 1)]        // docs example 2, condition false (2 is not > 2)
    [InlineData("a > 1 ? (b > 1 ? 10 : 5) : 0", 2, 2, 0, 10)] // nested ternary, as documented
    [InlineData("min(a, b) + max(b, c, 7)", 3, 5, 1, 10)]
    [InlineData("a + b * c", 1, 2, 3, 7)]                // * before +
    [InlineData("a - b - c", 10, 2, 3, 5)]               // left-associative
    [InlineData("2 ** 3 ** 2", 0, 0, 0, 512)]            // ** right-associative, as in expr-lang
    [InlineData("-a ** 2", 3, 0, 0, -9)]                 // unary '-' (90) binds looser than ** (100): -(a ** 2)
    [InlineData("-2 ^ 2 + b", 0, 1, 0, -3)]
    [InlineData("2 ** -b", 0, 1, 0, 0.5)]                 // the exponent takes its own sign
    [InlineData("-a * b", 3, 2, 0, -6)]
    [InlineData("a >= 1 && b < 1 || c == 3 ? 1 : 0", 0, 0, 3, 1)]
    [InlineData("!(a > 1) and not (b > 1) ? -a : 1e1", 1, 1, 0, -1)]
    [InlineData("a / b", 1, 0, 0, double.PositiveInfinity)] // expr-lang's / is float division
    public void Evaluates_as_expr_lang_does(string formula, double a, double b, double c, double expected)
    {
        Assert.Equal(expected, Evaluate(formula, a, b, c), 9);
    }

    [Fact]
    public void Records_the_triggers_it_names()
    {
        var expression = FormulaParser.Parse("c + a", Names, "f");

        Assert.Equal([0, 2], expression.TriggersUsed);
    }

    [Theory]
    [InlineData("count([a, b, c], {# > 1}) > 1 ? 5 : 0", "function 'count' is not supported")] // docs example 3
    [InlineData("a ?? b ?? 8", "'??' (nil coalescing)")]
    [InlineData("a % 2", "operator '%' is not supported")]
    [InlineData("a in [1, 2]", "operator 'in' is not supported")]
    [InlineData("abs(a)", "function 'abs' is not supported")]
    [InlineData("a.value", "'.' after a trigger's value")]
    [InlineData("a + \"1\"", "a string literal")]
    [InlineData("queue + 1", "'queue' at column 1 is not the name of a trigger (the triggers are named a, b, c)")]
    [InlineData("a > 1", "gives true/false, not a number")]
    [InlineData("a ? 1 : 0", "must be a comparison")]
    [InlineData("(a + b", "expected ')'")]
    public void Refuses_what_it_does_not_model_by_name(string formula, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => Evaluate(formula, 1, 2, 3));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("so.yaml:3: spec.advanced.scalingModifiers.formula", error.Message, StringComparison.Ordinal);
    }
}
