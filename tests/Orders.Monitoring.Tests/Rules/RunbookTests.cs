using System.Text.RegularExpressions;
using Orders.Monitoring.Tests.Infrastructure;
using Orders.Pipeline.Monitoring;

namespace Orders.Monitoring.Tests.Rules;

/// <summary>Every alert says what happened (summary, description) and links a runbook section that exists and
/// says what it means, what to check and what to do.</summary>
public sealed partial class RunbookTests
{
    private static readonly string Runbooks = RepositoryRoot.Combine("docs", "runbooks.md");

    [Fact]
    public void Every_alert_has_a_summary_a_description_and_a_runbook_url()
    {
        var missing = RuleFiles.AlertingRules()
            .SelectMany(r => new[] { "summary", "description", "runbook_url" }
                .Where(key => !((YamlDotNet.RepresentationModel.YamlMappingNode)r.Rule["annotations"]).Children.ContainsKey(key))
                .Select(key => $"{r.Name}: no {key}"))
            .ToList();

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    private static readonly string BaseUrl = RunbookLinks.BaseUrl(RepositoryRoot.Path);

    /// <summary>The rule files and their unit tests carry the base written out; write-values rewrites them from
    /// Directory.Build.props's RunbookBaseUrl.</summary>
    [Fact]
    public void Every_runbook_url_in_the_rules_and_their_tests_starts_with_the_configured_base()
    {
        var files = RuleFiles.Files.RuleFiles.Concat(RuleFiles.UnitTestFiles).ToList();

        var stale = files.Where(file => RunbookLinks.Rewrite(File.ReadAllText(file), BaseUrl) != File.ReadAllText(file)).Select(Path.GetFileName).ToList();

        Assert.True(stale.Count == 0,
            $"runbook_url values in {string.Join(", ", stale)} do not start with RunbookBaseUrl ({BaseUrl}, Directory.Build.props). "
            + $"Rewrite them from the repository root: {RuleValuesWriter.Command}");
    }

    [Fact]
    public void Every_runbook_url_is_absolute_and_points_at_a_section_of_docs_runbooks_md_with_meaning_checks_and_actions()
    {
        var sections = Sections(File.ReadAllText(Runbooks));
        var problems = new List<string>();
        var prefix = BaseUrl + "#";
        Assert.True(Uri.TryCreate(BaseUrl, UriKind.Absolute, out _), $"RunbookBaseUrl {BaseUrl} is not an absolute URL.");
        foreach (var (name, rule) in RuleFiles.AlertingRules())
        {
            var url = rule["annotations"]["runbook_url"].ToString();
            var anchor = url.StartsWith(prefix, StringComparison.Ordinal) ? url[prefix.Length..] : null;
            if (anchor is null || !sections.TryGetValue(anchor, out var body))
            {
                problems.Add($"{name}: runbook_url {url} is not {prefix}<anchor> of a section of docs/runbooks.md (a heading '## {name}')");
                continue;
            }
            problems.AddRange(new[] { "What it means", "What to check", "What to do" }
                .Where(part => !body.Contains(part, StringComparison.Ordinal))
                .Select(part => $"{name}: its runbook section has no '{part}'"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Level-2 sections by their GitHub anchor (lower case, spaces to dashes, punctuation dropped).</summary>
    private static Dictionary<string, string> Sections(string markdown)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        var parts = Heading().Split(markdown);
        // Split with a capture group: [before, heading1, body1, heading2, body2, ...]
        for (var i = 1; i + 1 < parts.Length; i += 2)
        {
            var anchor = Punctuation().Replace(parts[i].Trim().ToLowerInvariant(), "").Replace(' ', '-');
            sections[anchor] = parts[i + 1];
        }
        return sections;
    }

    [GeneratedRegex(@"^## (.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^a-z0-9 _-]")]
    private static partial Regex Punctuation();
}
