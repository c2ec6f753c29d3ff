using Promql.Queries;
using Promql.Syntax;

namespace Orders.Pipeline.Report;

/// <summary>
/// Whether a query returns at most one series, read from its tree: KEDA's prometheus scaler needs "a
/// vector/scalar single element response" and fails the poll ("returned multiple elements") otherwise. A bare
/// selector or <c>rate(x[1m])</c> returns one series per pod; <c>sum(...)</c>, <c>sum by (namespace)</c> over
/// selectors that pin <c>namespace="…"</c>, <c>vector(0)</c>, scalars and arithmetic between them return one.
/// Conservative: a query judged "several" may still return one on a given day, which is the risk warned of.
/// </summary>
public static class SeriesCount
{
    /// <summary>The innermost part that can return several series (a selector, a grouping aggregation), or
    /// null when the query returns at most one.</summary>
    public static Expr? SeveralFrom(Expr node) => node switch
    {
        _ when node.Type is PromqlType.Scalar or PromqlType.String => null,
        ParenExpr p => SeveralFrom(p.Inner),
        UnaryExpr u => SeveralFrom(u.Operand),
        SubqueryExpr s => SeveralFrom(s.Inner),
        MatrixSelector m => m.Selector,
        VectorSelector v => v,
        AggregateExpr a => Aggregated(a),
        BinaryExpr b => SeveralFrom(b.Lhs) ?? SeveralFrom(b.Rhs),
        Call c => c.Function.Name switch
        {
            "vector" or "absent" or "absent_over_time" or "scalar" or "time" => null,
            // histogram_quantile folds the le buckets into one: sum by (le) (...) gives one series.
            "histogram_quantile" => Aggregated(c.Args[1], ignoring: "le"),
            _ => c.Args.Where(a => a.Type is PromqlType.Vector or PromqlType.Matrix).Select(SeveralFrom).FirstOrDefault(e => e is not null),
        },
        _ => null,
    };

    private static Expr? Aggregated(Expr node, string? ignoring = null)
    {
        if (node is ParenExpr p)
        {
            return Aggregated(p.Inner, ignoring);
        }
        if (node is not AggregateExpr a)
        {
            return SeveralFrom(node);
        }
        if (a.Without || a.Op is AggregationOp.Topk or AggregationOp.Bottomk or AggregationOp.CountValues or AggregationOp.Limitk or AggregationOp.LimitRatio)
        {
            return a;
        }
        var pinned = Selectors.Of(a.Inner).Select(s => s.AllMatchers.Where(m => m.Op == MatchOp.Equal).Select(m => m.Name).ToHashSet()).ToList();
        var grouped = a.Grouping.Where(label => label != ignoring);
        return grouped.All(label => pinned.Count > 0 && pinned.All(labels => labels.Contains(label))) ? null : a;
    }
}
