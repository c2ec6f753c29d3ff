using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Orders.Pipeline.Monitoring;

/// <summary>
/// The alerts' runbook_url values are absolute, so a link works from any Alertmanager, chat or pager: the one
/// configurable base, RunbookBaseUrl in Directory.Build.props (by default $(RepositoryUrl)/blob/main/docs/runbooks.md),
/// then #anchor. Prometheus has no variables in rule files, so the rule files and their unit tests carry the base
/// written out; write-values rewrites it there after the base changes.
/// </summary>
public static partial class RunbookLinks
{
    public const string PropertiesFile = "Directory.Build.props";

    /// <summary>RunbookBaseUrl, with the MSBuild properties it refers to ($(RepositoryUrl)) filled in.</summary>
    public static string BaseUrl(string repositoryRoot)
    {
        var path = Path.Combine(repositoryRoot, PropertiesFile);
        var properties = XDocument.Load(path).Descendants("PropertyGroup").Elements()
            .GroupBy(e => e.Name.LocalName).ToDictionary(g => g.Key, g => g.Last().Value.Trim(), StringComparer.Ordinal);
        if (!properties.TryGetValue("RunbookBaseUrl", out var url))
        {
            throw new InvalidDataException($"{path} sets no RunbookBaseUrl: the alerts' runbook_url values are built from it. Add it beside RepositoryUrl.");
        }
        return Property().Replace(url, m => properties.TryGetValue(m.Groups["name"].Value, out var value)
            ? value
            : throw new InvalidDataException($"{path}: RunbookBaseUrl uses $({m.Groups["name"].Value}), which the file does not set; set it or write the URL out."));
    }

    /// <summary><paramref name="text"/> (a rule file or a rule test) with every runbook_url's base replaced by <paramref name="baseUrl"/>.</summary>
    public static string Rewrite(string text, string baseUrl) =>
        RunbookUrl().Replace(text, m => $"{m.Groups["key"].Value}{baseUrl}#{m.Groups["anchor"].Value}");

    [GeneratedRegex(@"(?<key>runbook_url: )\S*#(?<anchor>[a-z0-9_-]+)")]
    private static partial Regex RunbookUrl();

    [GeneratedRegex(@"\$\((?<name>[A-Za-z0-9_]+)\)")]
    private static partial Regex Property();
}
