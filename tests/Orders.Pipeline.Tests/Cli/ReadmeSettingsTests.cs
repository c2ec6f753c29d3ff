using System.Text.RegularExpressions;
using Orders.Pipeline.Cli;

namespace Orders.Pipeline.Tests.Cli;

/// <summary>
/// The README's Settings table says what the code does: every option with a default is in the table with
/// that default, and every option the table lists is one the pipeline knows. Change a default in
/// <see cref="PipelineOptions"/> without the README (or the other way round) and this fails.
/// </summary>
public sealed partial class ReadmeSettingsTests
{
    private static readonly IReadOnlyList<(string[] Names, string Default)> Rows = ReadSettingsTable();

    [Fact]
    public void Every_default_in_the_code_is_the_one_the_README_states()
    {
        var documented = PipelineOptions.All.Where(o => o.Default is not null).ToList();

        Assert.All(documented, option =>
        {
            var row = Rows.FirstOrDefault(r => r.Names.Contains(option.Name));
            Assert.True(row.Names is not null, $"--{option.Name} is missing from the README's Settings table.");
            Assert.True(row.Default.Contains($"`{option.Default}`", StringComparison.Ordinal),
                $"README says --{option.Name} defaults to {row.Default}; the code says `{option.Default}`.");
        });
    }

    [Fact]
    public void Every_option_the_README_lists_is_one_the_pipeline_knows()
    {
        Assert.NotEmpty(Rows);
        Assert.All(Rows.SelectMany(r => r.Names), name => Assert.True(PipelineOptions.IsKnown(name), $"README lists --{name}, which no verb reads."));
    }

    private static List<(string[] Names, string Default)> ReadSettingsTable()
    {
        var readme = File.ReadAllText(Path.Combine(Orders.TestSupport.RepositoryRoot.Path, "README.md"));
        var section = readme[readme.IndexOf("\n## Settings", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 5, StringComparison.Ordinal)];
        return [.. section.Split('\n')
            .Where(line => line.StartsWith("| `--", StringComparison.Ordinal))
            .Select(line => line.Split('|'))
            .Select(cells => (OptionName().Matches(cells[1]).Select(m => m.Groups[1].Value).ToArray(), cells[2]))];
    }

    [GeneratedRegex(@"`--([a-z-]+)`")]
    private static partial Regex OptionName();
}
