using Promql.Syntax;

namespace Promql.Queries;

/// <summary>
/// Every <c>offset</c> and <c>@</c> in a query. A range selector's modifiers are reported once, on its
/// <see cref="MatrixSelector"/>, not again on the vector selector inside it.
/// </summary>
public static class TimeModifiers
{
    public static IReadOnlyList<TimeModifier> Of(Expr query)
    {
        var inRanges = SyntaxWalker.Descendants(query).OfType<MatrixSelector>().Select(m => m.Selector).ToHashSet();
        return SyntaxWalker.Descendants(query)
            .Select(node => node switch
            {
                MatrixSelector ms => (node, ms.Selector.Modifiers),
                VectorSelector vs when !inRanges.Contains(vs) => (node, vs.Modifiers),
                SubqueryExpr sq => (node, sq.Modifiers),
                _ => (node, Modifiers.None),
            })
            .Where(x => !x.Item2.IsEmpty)
            .Select(x => new TimeModifier(x.node, x.Item2.Offset, x.Item2.At))
            .ToList();
    }
}
