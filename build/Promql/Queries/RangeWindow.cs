using Promql.Syntax;

namespace Promql.Queries;

/// <summary>
/// One range window of a query: a range selector's <c>[5m]</c> (with the <see cref="Selector"/> it reads) or a
/// subquery's <c>[1h:1m]</c> (with its <see cref="Step"/>, null when it uses the global evaluation interval).
/// </summary>
public sealed record RangeWindow(TimeSpan Range, VectorSelector? Selector, SubqueryExpr? Subquery, TimeSpan? Step)
{
    public bool IsSubquery => Subquery is not null;
}
