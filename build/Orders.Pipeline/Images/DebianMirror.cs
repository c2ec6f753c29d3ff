using System.Text.RegularExpressions;

namespace Orders.Pipeline.Images;

/// <summary>
/// The Debian mirror this machine's apt already uses, for debootstrap: the stand-in base images come from the
/// same archive the machine installs its packages from (and so from one that is reachable from here).
/// Reads deb822 <c>*.sources</c> files and one-line <c>sources.list</c> entries.
/// </summary>
public static partial class DebianMirror
{
    public const string Suite = "bookworm";

    public static string Find(string aptDirectory = "/etc/apt")
    {
        var files = new List<string>();
        var sourcesDirectory = Path.Combine(aptDirectory, "sources.list.d");
        if (Directory.Exists(sourcesDirectory))
        {
            files.AddRange(Directory.GetFiles(sourcesDirectory).Order(StringComparer.Ordinal));
        }
        files.Add(Path.Combine(aptDirectory, "sources.list"));
        foreach (var file in files.Where(File.Exists))
        {
            if (FromText(File.ReadAllText(file)) is { } mirror)
            {
                return mirror;
            }
        }
        throw new InvalidOperationException($"No Debian mirror for '{Suite}' in {aptDirectory}/sources.list or sources.list.d: "
            + "debootstrap needs one. Check that apt works here (apt-get update), or build on a Debian 12 machine.");
    }

    /// <summary>The first URI that serves the <see cref="Suite"/> suite itself (not -updates or -security).</summary>
    public static string? FromText(string text)
    {
        foreach (Match stanza in Deb822Stanza().Matches(text))
        {
            var uris = Field(stanza.Value, "URIs");
            var suites = Field(stanza.Value, "Suites");
            if (uris is not null && suites is not null && suites.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(Suite))
            {
                return uris.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
            }
        }
        foreach (Match line in OneLineEntry().Matches(text))
        {
            if (line.Groups["suite"].Value == Suite)
            {
                return line.Groups["uri"].Value;
            }
        }
        return null;
    }

    private static string? Field(string stanza, string name)
    {
        var match = Regex.Match(stanza, $@"^{name}:[ \t]*(.+)$", RegexOptions.Multiline | RegexOptions.CultureInvariant);
        return match.Success ? match.Groups[1].Value.Trim() : null;
    }

    [GeneratedRegex(@"(?:^(?!#)[A-Za-z-]+:.*(?:\n|$))+", RegexOptions.Multiline)]
    private static partial Regex Deb822Stanza();

    [GeneratedRegex(@"^deb\s+(?:\[[^\]]*\]\s+)?(?<uri>\S+)\s+(?<suite>\S+)", RegexOptions.Multiline)]
    private static partial Regex OneLineEntry();
}
