using Promql.Parsing;

namespace Promql.Syntax;

/// <summary>
/// A binary operation. <see cref="Matching"/> is null between scalars or a scalar and a vector, as in Prometheus;
/// <see cref="ReturnBool"/> is the <c>bool</c> modifier of comparisons.
/// </summary>
public sealed record BinaryExpr(BinaryOp Op, Expr Lhs, Expr Rhs, bool ReturnBool, VectorMatching? Matching, TextSpan Span)
    : Expr(Span)
{
    public override PromqlType Type =>
        Lhs.Type == PromqlType.Scalar && Rhs.Type == PromqlType.Scalar ? PromqlType.Scalar : PromqlType.Vector;

    public override IEnumerable<Expr> Children => [Lhs, Rhs];

    /// <summary>The operator as written in PromQL.</summary>
    public string OpText => Operators.BinaryText(Op);

    public override string ToString() =>
        Lhs + " " + OpText + (ReturnBool ? " bool" : string.Empty) + Matching + " " + Rhs;
}
