using Orders.Pipeline.Prometheus;
using Promql.Queries;
using Promql.Syntax;

namespace Orders.Pipeline.Report;

/// <summary>
/// The range window of a PromQL query: the longest range in its syntax tree (<c>rate(x[1m])</c> is 60 s, a
/// subquery <c>[5m:30s]</c> counts its range). It says how long after a load step the query reaches its full
/// value, and how long after the load ends it reaches zero. Null when the query has no range.
/// </summary>
public static class QueryWindow
{
    /// <summary>The fewest scrape intervals a range window should span: with fewer, one late or failed scrape
    /// leaves rate() one sample or none, and the value jumps or vanishes. The replay's lint and Tune's choice
    /// both hold windows to it.</summary>
    public const int MinimumScrapes = 4;

    public static TimeSpan? Of(string query) => Ranges(query).Max(range => (TimeSpan?)range.Duration);

    /// <summary>Every range selector and subquery range in the query, in the order written, as written and as a
    /// duration. Brackets inside strings (a character class in a label regex) are not ranges: the tree knows.</summary>
    public static IEnumerable<(string Text, TimeSpan Duration)> Ranges(string query) =>
        RangeTexts(query, TriggerQuery.Parse(query)).Select(r => (query[r.Start..r.End], r.Window.Range));

    /// <summary>The query with the range of every range selector and subquery set to <paramref name="window"/>
    /// (a subquery keeps its resolution), the rest of the text as written; a query without one is refused: it
    /// has no window to set.</summary>
    public static string Replace(string query, TimeSpan window)
    {
        var ranges = RangeTexts(query, TriggerQuery.Parse(query));
        if (ranges.Count == 0)
        {
            throw new ArgumentException($"the query '{query}' has no range window ([1m] and the like) to set.");
        }
        var text = query;
        foreach (var range in ranges.OrderByDescending(r => r.Start))
        {
            text = text[..range.Start] + PrometheusDuration.Format(window) + text[range.End..];
        }
        return text;
    }

    /// <summary>Where each window's range is written: after the selector's (or subquery's inner expression's)
    /// end, inside the next <c>[</c>, up to the <c>]</c> of a range or the <c>:</c> of a subquery.</summary>
    private static List<(RangeWindow Window, int Start, int End)> RangeTexts(string query, Expr tree) =>
        RangeWindows.Of(tree).Select(window =>
        {
            var after = window.Subquery is { } subquery ? subquery.Inner.Span.End : window.Selector!.Span.End;
            var open = query.IndexOf('[', after) + 1;
            var close = query.IndexOfAny(window.IsSubquery ? [':'] : [']'], open);
            var start = open;
            while (char.IsWhiteSpace(query[start]))
            {
                start++;
            }
            var end = close;
            while (end > start && char.IsWhiteSpace(query[end - 1]))
            {
                end--;
            }
            return (window, start, end);
        }).OrderBy(range => range.start).ToList();
}
