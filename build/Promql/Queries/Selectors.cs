using Promql.Syntax;

namespace Promql.Queries;

/// <summary>
/// Every vector selector in a query (those inside range selectors included), and the matcher on one label,
/// e.g. whether the query pins <c>job</c> with <c>=</c> or selects several jobs with <c>=~</c>.
/// </summary>
public static class Selectors
{
    public static IReadOnlyList<VectorSelector> Of(Expr query) =>
        SyntaxWalker.Descendants(query).OfType<VectorSelector>().ToList();

    /// <summary>The matchers on <paramref name="label"/> across all selectors, one entry per selector that has one.</summary>
    public static IReadOnlyList<LabelMatcher> MatchersOn(Expr query, string label) =>
        Of(query).SelectMany(s => s.AllMatchers).Where(m => m.Name == label).ToList();
}
