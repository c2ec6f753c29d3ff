using Promql.Parsing;

namespace Promql.Syntax;

/// <summary>
/// A range vector selector <c>selector[range]</c>. Offset and <c>@</c>, written after the range, live on
/// <see cref="Selector"/>'s <see cref="VectorSelector.Modifiers"/> as in Prometheus's tree.
/// </summary>
public sealed record MatrixSelector(VectorSelector Selector, TimeSpan Range, TextSpan Span) : Expr(Span)
{
    public override PromqlType Type => PromqlType.Matrix;

    public override IEnumerable<Expr> Children => [Selector];

    public override string ToString() =>
        (Selector with { Modifiers = Modifiers.None }) + "[" + DurationText.Format(Range) + "]" + Selector.Modifiers;
}
