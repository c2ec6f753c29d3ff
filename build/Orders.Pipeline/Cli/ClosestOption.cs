namespace Orders.Pipeline.Cli;

/// <summary>The accepted option nearest a mistyped one, by edit distance (Levenshtein: insertions,
/// deletions, substitutions), as git and dotnet suggest a command: <c>--prometheus-prot</c> -> <c>--prometheus-port</c>.</summary>
public static class ClosestOption
{
    public static string? To(string name, IEnumerable<string> accepted) =>
        accepted.Distinct().OrderBy(candidate => Distance(name, candidate)).ThenBy(c => c, StringComparer.Ordinal).FirstOrDefault();

    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
