namespace Orders.Pipeline.Scaling.Formula;

internal enum FormulaTokenKind
{
    Number,
    Name,
    Symbol,
    End,
}
