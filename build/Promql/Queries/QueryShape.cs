using Promql.Syntax;

namespace Promql.Queries;

/// <summary>Whether a query uses subqueries or aggregations (the lint warns on both for a scaling metric).</summary>
public static class QueryShape
{
    public static bool HasSubquery(Expr query) => SyntaxWalker.Descendants(query).OfType<SubqueryExpr>().Any();

    public static bool HasAggregation(Expr query) => SyntaxWalker.Descendants(query).OfType<AggregateExpr>().Any();

    /// <summary>The aggregations in reading order, e.g. to tell a <c>sum</c> from a <c>max</c>.</summary>
    public static IReadOnlyList<AggregateExpr> Aggregations(Expr query) =>
        SyntaxWalker.Descendants(query).OfType<AggregateExpr>().ToList();
}
