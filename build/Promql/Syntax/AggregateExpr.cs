using Promql.Parsing;

namespace Promql.Syntax;

/// <summary>
/// An aggregation such as <c>sum by (job) (x)</c> or <c>topk(5, x)</c>. <see cref="Param"/> is the first argument
/// of topk, bottomk, quantile, count_values, limitk and limit_ratio. <see cref="Grouping"/> is empty when neither
/// <c>by</c> nor <c>without</c> was written, or when written with no labels.
/// </summary>
public sealed record AggregateExpr(
    AggregationOp Op, Expr Inner, Expr? Param, IReadOnlyList<string> Grouping, bool Without, TextSpan Span) : Expr(Span)
{
    public override PromqlType Type => PromqlType.Vector;

    public override IEnumerable<Expr> Children => Param is null ? [Inner] : [Param, Inner];

    /// <summary>The operator as written in PromQL.</summary>
    public string OpText => Operators.AggregationText(Op);

    public override string ToString()
    {
        var grouping = Without
            ? " without (" + NameText.LabelList(Grouping) + ") "
            : Grouping.Count > 0 ? " by (" + NameText.LabelList(Grouping) + ") " : string.Empty;
        var args = Param is null ? Inner.ToString() : Param + ", " + Inner;
        return OpText + grouping + "(" + args + ")";
    }
}
