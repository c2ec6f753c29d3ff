using Promql.Parsing;

namespace Promql.Syntax;

/// <summary>A subquery <c>expr[range:step]</c>; <see cref="Step"/> is null when omitted (the global evaluation interval).</summary>
public sealed record SubqueryExpr(Expr Inner, TimeSpan Range, TimeSpan? Step, Modifiers Modifiers, TextSpan Span)
    : Expr(Span)
{
    public override PromqlType Type => PromqlType.Matrix;

    public override IEnumerable<Expr> Children => [Inner];

    public override string ToString() =>
        Inner + "[" + DurationText.Format(Range) + ":" + (Step is { } s ? DurationText.Format(s) : string.Empty) + "]"
        + Modifiers;
}
