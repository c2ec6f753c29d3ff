namespace Orders.Pipeline.Cli;

/// <summary>
/// <c>targets --markdown --write</c>: puts the registry's tables (<see cref="ReadmeTables"/>) into
/// docs/targets-and-settings.md in place, so a new option or target is documented by running one command,
/// never by pasting. Each table is found by its header row and replaced up to its last row; the prose around
/// them is the page's own. tests/Orders.Pipeline.Tests fails, naming this command, while the page differs.
/// </summary>
public static class TargetsPageWriter
{
    /// <summary>The page, relative to the repository.</summary>
    public const string RelativePath = "docs/targets-and-settings.md";

    /// <summary>How a user runs it from the repository root, for messages that ask for it.</summary>
    public const string Command = "dotnet run --project build/Orders.Pipeline -- targets --markdown --write";

    /// <summary>The page with both tables as the registry renders them now.</summary>
    public static string Render(string page) =>
        ReplaceTable(ReplaceTable(page, ReadmeTables.Targets()), ReadmeTables.Settings());

    /// <summary>Rewrites the page under <paramref name="root"/> where it differs; true when it changed.</summary>
    public static bool Write(string root)
    {
        var path = Path.Combine(root, RelativePath);
        var page = File.ReadAllText(path);
        var rendered = Render(page);
        if (rendered == page)
        {
            return false;
        }
        File.WriteAllText(path, rendered);
        return true;
    }

    /// <summary>Replaces the table whose first line is <paramref name="table"/>'s header: every line from it up
    /// to the first line that is not a table row.</summary>
    private static string ReplaceTable(string page, string table)
    {
        var header = table[..(table.IndexOf('\n', StringComparison.Ordinal) + 1)];
        var start = page.IndexOf("\n" + header, StringComparison.Ordinal) + 1;
        if (start == 0)
        {
            throw new InvalidDataException($"{RelativePath} has no table headed '{header.TrimEnd()}': put that header line where the table belongs (an empty table is enough) and run {Command} again.");
        }
        var end = start;
        while (end < page.Length && page[end] == '|')
        {
            var lineEnd = page.IndexOf('\n', end);
            end = lineEnd < 0 ? page.Length : lineEnd + 1;
        }
        return page[..start] + table + page[end..];
    }
}
