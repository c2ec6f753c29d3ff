namespace Orders.Pipeline.Scaling.Formula;

/// <summary>A parsed piece of a formula, already compiled: a number or a condition over the triggers' values
/// (by trigger index). expr-lang is typed at compile time too: <c>a + (b > 1)</c> does not compile there either.</summary>
internal sealed record FormulaNode(Func<double[], double>? Number, Func<double[], bool>? Condition)
{
    public bool IsCondition => Condition is not null;

    public static FormulaNode Of(Func<double[], double> number) => new(number, null);

    public static FormulaNode Of(Func<double[], bool> condition) => new(null, condition);
}
