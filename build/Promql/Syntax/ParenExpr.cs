namespace Promql.Syntax;

/// <summary>Parentheses, kept as a node so the tree prints back exactly as grouped.</summary>
public sealed record ParenExpr(Expr Inner, TextSpan Span) : Expr(Span)
{
    public override PromqlType Type => Inner.Type;

    public override IEnumerable<Expr> Children => [Inner];

    public override string ToString() => "(" + Inner + ")";
}
