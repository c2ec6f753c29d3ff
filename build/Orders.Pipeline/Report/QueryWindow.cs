using System.Globalization;
using System.Text.RegularExpressions;

namespace Orders.Pipeline.Report;

/// <summary>
/// The range window of a PromQL query: the longest <c>[…]</c> duration in it (<c>rate(x[1m])</c> is 60 s,
/// a subquery <c>[5m:30s]</c> counts its range). It says how long after a load step the query reaches its full
/// value, and how long after the load ends it reaches zero. Null when the query has no range.
/// </summary>
public static partial class QueryWindow
{
    public static TimeSpan? Of(string query)
    {
        TimeSpan? longest = null;
        foreach (Match range in Range().Matches(query))
        {
            var total = TimeSpan.Zero;
            foreach (Match part in Part().Matches(range.Groups[1].Value))
            {
                var n = double.Parse(part.Groups[1].Value, CultureInfo.InvariantCulture);
                total += part.Groups[2].Value switch
                {
                    "ms" => TimeSpan.FromMilliseconds(n),
                    "s" => TimeSpan.FromSeconds(n),
                    "m" => TimeSpan.FromMinutes(n),
                    "h" => TimeSpan.FromHours(n),
                    "d" => TimeSpan.FromDays(n),
                    "w" => TimeSpan.FromDays(7 * n),
                    _ => TimeSpan.FromDays(365 * n),
                };
            }
            if (longest is null || total > longest)
            {
                longest = total;
            }
        }
        return longest;
    }

    [GeneratedRegex(@"\[\s*((?:\d+(?:ms|s|m|h|d|w|y))+)\s*(?::[^\]]*)?\]")]
    private static partial Regex Range();

    [GeneratedRegex(@"(\d+)(ms|s|m|h|d|w|y)")]
    private static partial Regex Part();
}
