using System.Text.RegularExpressions;
using Orders.Pipeline.Cli;

namespace Orders.Pipeline.Tests.Cli;

/// <summary>
/// The Targets and Settings tables of docs/targets-and-settings.md (the README's until it became a one-minute
/// read) are the registry's (<c>Orders.Pipeline targets --markdown</c>): every target with its description and
/// dependencies, every option with its default (null defaults included, as what happens instead). Change a
/// default or a description without the page, or the other
/// way round, and this fails; the fix is <c>targets --markdown --write</c> (<see cref="TargetsPageWriter"/>).
/// Any other option row must be one of the Cake script's own options.
/// </summary>
public sealed partial class ReadmeTablesTests
{
    private const string PagePath = "docs/targets-and-settings.md";

    private const string Regenerate = $"The table of {PagePath} differs from the registry: run `{TargetsPageWriter.Command}` from the repository root and commit {PagePath}.";

    private static readonly string Page = File.ReadAllText(Path.Combine(Orders.TestSupport.RepositoryRoot.Path, PagePath));

    [Fact]
    public void The_Targets_table_is_the_registrys()
    {
        Assert.True(Section("Targets").Contains(ReadmeTables.Targets(), StringComparison.Ordinal), Regenerate + "\n" + ReadmeTables.Targets());
    }

    [Fact]
    public void The_Settings_table_is_the_registrys_with_every_option_and_default()
    {
        var table = ReadmeTables.Settings();

        Assert.True(Section("Settings").Contains(table, StringComparison.Ordinal), Regenerate + "\n" + table);
        Assert.All(TaskRegistry.AllOptions.Except(PipelineOptions.Global), option =>
            Assert.Contains($"| `--{option.Name}` | {option.DefaultShown.Replace("|", "\\|", StringComparison.Ordinal)} |", table, StringComparison.Ordinal));
    }

    [Fact]
    public void The_page_is_what_the_writer_would_write()
    {
        Assert.True(TargetsPageWriter.Render(Page) == Page, Regenerate);
    }

    [Fact]
    public void The_writer_replaces_stale_tables_and_keeps_the_prose_around_them()
    {
        // Given a page whose tables lack rows the registry has and hold one it no longer has
        const string stale = "# Title\n\nintro\n\n## Targets\n\n| target | runs after | verb | what it does |\n| --- | --- | --- | --- |\n| `Gone` |  |  | removed |\n\nafter the targets\n\n"
            + "## Settings\n\n| argument | default | meaning |\n| --- | --- | --- |\n| `--target` | `Default` | the target to run |\n\n"
            + "| option | default | taken by | meaning |\n| --- | --- | --- | --- |\n| `--gone` | off | x | removed |";

        // When it is rendered
        var written = TargetsPageWriter.Render(stale);

        // Then both tables are the registry's, the script's own table and the prose are untouched, and a second
        // run changes nothing
        Assert.Equal("# Title\n\nintro\n\n## Targets\n\n" + ReadmeTables.Targets() + "\nafter the targets\n\n## Settings\n\n"
            + "| argument | default | meaning |\n| --- | --- | --- |\n| `--target` | `Default` | the target to run |\n\n" + ReadmeTables.Settings(), written);
        Assert.Equal(written, TargetsPageWriter.Render(written));
    }

    [Fact]
    public void A_page_without_a_table_s_header_is_refused_naming_the_command()
    {
        var e = Assert.Throws<InvalidDataException>(() => TargetsPageWriter.Render("## Targets\n\nno table\n"));

        Assert.Contains("| target | runs after |", e.Message, StringComparison.Ordinal);
        Assert.Contains(TargetsPageWriter.Command, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_other_option_the_Settings_section_lists_is_one_the_Cake_script_reads()
    {
        var generated = ReadmeTables.Settings();
        var cake = string.Concat(Directory.EnumerateFiles(Path.Combine(Orders.TestSupport.RepositoryRoot.Path, "build"), "*.cake", SearchOption.AllDirectories).Select(File.ReadAllText));
        var scriptOptions = CakeArgument().Matches(cake).Select(m => m.Groups[1].Value).Append("exclusive").ToHashSet(); // --exclusive is Cake's own
        var others = Section("Settings").Split('\n').Where(line => line.StartsWith("| `--", StringComparison.Ordinal) && !generated.Contains(line, StringComparison.Ordinal));

        Assert.NotEmpty(scriptOptions);
        Assert.All(others, line => Assert.True(OptionName().Matches(line).Any(m => scriptOptions.Contains(m.Groups[1].Value)), $"{PagePath} lists {line}, which neither the registry nor the Cake script reads."));
    }

    private static string Section(string heading)
    {
        var start = Page.IndexOf($"\n## {heading}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{PagePath} has no '## {heading}' section.");
        var section = Page[start..];
        var end = section.IndexOf("\n## ", 5, StringComparison.Ordinal);
        return end < 0 ? section : section[..end]; // the last section runs to the end of the page
    }

    [GeneratedRegex(@"Argument\(""([a-z-]+)""")]
    private static partial Regex CakeArgument();

    [GeneratedRegex(@"`--([a-z-]+)`")]
    private static partial Regex OptionName();
}
