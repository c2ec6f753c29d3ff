using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Orders.Monitoring.Tests.Infrastructure;

/// <summary>
/// The one configurable base of the alerts' runbook_url values: RunbookBaseUrl in Directory.Build.props (by
/// default RepositoryUrl + /blob/main/docs/runbooks.md). The rule files and their unit tests carry it written
/// out, because Prometheus has no variables in rule files; <see cref="Rewrite"/> regenerates them from it.
/// </summary>
internal static partial class RunbookBase
{
    public const string Regenerate = "dotnet test tests/Orders.Monitoring.Tests -e ORDERS_WRITE_VALUES=1 --filter RunbookTests, then the same with --filter \"ChartValuesTests|OperatorRuleTests\"";

    public static string Url { get; } = Read();

    /// <summary><paramref name="text"/> (a rule file or a rule test) with every runbook_url's base replaced by <see cref="Url"/>.</summary>
    public static string Rewrite(string text) => RunbookUrl().Replace(text, m => $"{m.Groups["key"].Value}{Url}#{m.Groups["anchor"].Value}");

    private static string Read()
    {
        var path = RepositoryRoot.Combine("Directory.Build.props");
        var properties = XDocument.Load(path).Descendants("PropertyGroup").Elements()
            .GroupBy(e => e.Name.LocalName).ToDictionary(g => g.Key, g => g.Last().Value.Trim(), StringComparer.Ordinal);
        if (!properties.TryGetValue("RunbookBaseUrl", out var url))
        {
            throw new InvalidDataException($"{path} sets no RunbookBaseUrl: the alerts' runbook_url values are built from it.");
        }
        // The MSBuild properties it may use, $(RepositoryUrl) by default.
        return Property().Replace(url, m => properties.TryGetValue(m.Groups["name"].Value, out var value)
            ? value
            : throw new InvalidDataException($"{path}: RunbookBaseUrl uses $({m.Groups["name"].Value}), which the file does not set."));
    }

    [GeneratedRegex(@"(?<key>runbook_url: )\S*#(?<anchor>[a-z0-9_-]+)")]
    private static partial Regex RunbookUrl();

    [GeneratedRegex(@"\$\((?<name>[A-Za-z0-9_]+)\)")]
    private static partial Regex Property();
}
