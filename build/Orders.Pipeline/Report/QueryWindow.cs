using System.Text.RegularExpressions;
using Orders.Pipeline.Prometheus;

namespace Orders.Pipeline.Report;

/// <summary>
/// The range window of a PromQL query: the longest <c>[…]</c> duration in it (<c>rate(x[1m])</c> is 60 s,
/// a subquery <c>[5m:30s]</c> counts its range). It says how long after a load step the query reaches its full
/// value, and how long after the load ends it reaches zero. Null when the query has no range.
/// </summary>
public static partial class QueryWindow
{
    /// <summary>The fewest scrape intervals a range window should span: with fewer, one late or failed scrape
    /// leaves rate() one sample or none, and the value jumps or vanishes. The replay's lint and Tune's choice
    /// both hold windows to it.</summary>
    public const int MinimumScrapes = 4;

    public static TimeSpan? Of(string query) => Ranges(query).Max(range => (TimeSpan?)range.Duration);

    /// <summary>Every range selector and subquery range in the query, as written and as a duration. Brackets
    /// that hold no Prometheus duration (a character class in a label regex) are not ranges.</summary>
    public static IEnumerable<(string Text, TimeSpan Duration)> Ranges(string query)
    {
        foreach (Match range in Range().Matches(query))
        {
            var text = range.Groups["range"].Value;
            if (PrometheusDuration.TryParse(text, out var duration))
            {
                yield return (text, duration);
            }
        }
    }

    /// <summary>The query with the range of every range selector and subquery set to <paramref name="window"/>
    /// (a subquery keeps its resolution); a query without one is refused: it has no window to set.</summary>
    public static string Replace(string query, TimeSpan window)
    {
        var replaced = 0;
        var text = Range().Replace(query, match =>
        {
            var range = match.Groups["range"];
            if (!PrometheusDuration.TryParse(range.Value, out _))
            {
                return match.Value;
            }
            replaced++;
            return match.Value[..(range.Index - match.Index)] + PrometheusDuration.Format(window) + match.Value[(range.Index - match.Index + range.Length)..];
        });
        return replaced > 0 ? text : throw new ArgumentException($"the query '{query}' has no range window ([1m] and the like) to set.");
    }

    [GeneratedRegex(@"\[\s*(?<range>[0-9a-z]+)\s*(?::[^\]]*)?\]", RegexOptions.ExplicitCapture)]
    private static partial Regex Range();
}
