using Promql.Syntax;

namespace Promql.Queries;

/// <summary>Every range window in a query, in reading order: what the Replay lint compares with the scrape interval.</summary>
public static class RangeWindows
{
    public static IReadOnlyList<RangeWindow> Of(Expr query) =>
        SyntaxWalker.Descendants(query)
            .Select(node => node switch
            {
                MatrixSelector ms => new RangeWindow(ms.Range, ms.Selector, null, null),
                SubqueryExpr sq => new RangeWindow(sq.Range, null, sq, sq.Step),
                _ => null,
            })
            .OfType<RangeWindow>()
            .ToList();
}
