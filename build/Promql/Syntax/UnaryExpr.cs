namespace Promql.Syntax;

/// <summary>Unary minus or plus on a non-literal (<c>-1</c> is folded into a <see cref="NumberLiteral"/>, as upstream).</summary>
public sealed record UnaryExpr(bool Negate, Expr Operand, TextSpan Span) : Expr(Span)
{
    public override PromqlType Type => Operand.Type;

    public override IEnumerable<Expr> Children => [Operand];

    public override string ToString() => (Negate ? "-" : "+") + Operand;
}
