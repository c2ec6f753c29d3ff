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
        var found = new List<TimeModifier>();
        foreach (var node in SyntaxWalker.Descendants(query))
        {
            var modifiers = node switch
            {
                MatrixSelector ms => ms.Selector.Modifiers,
                VectorSelector vs when !inRanges.Contains(vs) => vs.Modifiers,
                SubqueryExpr sq => sq.Modifiers,
                _ => Modifiers.None,
            };
            if (!modifiers.IsEmpty)
            {
                found.Add(new TimeModifier(node, modifiers.Offset, modifiers.At));
            }
        }
        return found;
    }
}
