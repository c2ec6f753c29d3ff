using System.Text.RegularExpressions;

namespace Promql.Parsing;

/// <summary>
/// Checks a matcher's regular expression. Prometheus uses Go's RE2; .NET's engine accepts a superset of RE2
/// except for the <c>(?P&lt;name&gt;…)</c> group spelling, which is translated first.
/// </summary>
internal static class RegexCheck
{
    public static bool IsValid(string pattern, out string error)
    {
        try
        {
            _ = new Regex(ToDotNet(pattern), RegexOptions.None, TimeSpan.FromSeconds(1));
            error = string.Empty;
            return true;
        }
        catch (ArgumentException e)
        {
            error = e.Message;
            return false;
        }
    }

    /// <summary>Whether the anchored pattern matches the empty string (a matcher that selects every series).</summary>
    public static bool MatchesEmpty(string pattern) => FullyMatches(pattern, string.Empty);

    /// <summary>Whether the pattern matches the whole of <paramref name="value"/>: Prometheus anchors every
    /// matcher's regular expression at both ends (<c>job=~"orders"</c> does not select <c>orders-canary</c>).</summary>
    public static bool FullyMatches(string pattern, string value) =>
        Regex.IsMatch(value, "^(?:" + ToDotNet(pattern) + ")$", RegexOptions.None, TimeSpan.FromSeconds(1));

    private static string ToDotNet(string pattern) => pattern.Replace("(?P<", "(?<", StringComparison.Ordinal);
}
