using System.Text.RegularExpressions;

namespace Orders.EntryPoints.Tests.Infrastructure;

/// <summary>
/// Every shell script of the repository: *.sh files and files whose first line is a sh/bash shebang (such as
/// .ci/run), outside build outputs; so a script added anywhere is checked without editing a list.
/// </summary>
public static partial class ShellScripts
{
    private static readonly string[] Skipped = ["artifacts", ".git", "bin", "obj", "node_modules", "TestResults"];

    /// <summary>Paths relative to the repository root, '/'-separated, sorted.</summary>
    public static IReadOnlyList<string> All() =>
        Walk(RepositoryRoot.Path)
            .Where(IsShellScript)
            .Select(path => Path.GetRelativePath(RepositoryRoot.Path, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Whether a `# shellcheck disable=...` directive says why: a comment after the codes on the same line, or a
    /// comment line (not itself a directive) right above it.
    /// </summary>
    public static bool DirectiveIsExplained(string directiveLine, string? lineAbove)
    {
        var directive = Directive().Match(directiveLine);
        if (!directive.Success)
        {
            return true;
        }
        if (directive.Groups["rest"].Value.Trim().TrimStart('#').Trim().Length > 0)
        {
            return true;
        }
        var above = lineAbove?.Trim() ?? string.Empty;
        return above.StartsWith('#') && !Directive().IsMatch(above) && above.TrimStart('#').Trim().Length > 0;
    }

    private static IEnumerable<string> Walk(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            yield return file;
        }
        foreach (var child in Directory.EnumerateDirectories(directory).Where(child => !Skipped.Contains(Path.GetFileName(child))))
        {
            foreach (var file in Walk(child))
            {
                yield return file;
            }
        }
    }

    private static bool IsShellScript(string path)
    {
        if (path.EndsWith(".sh", StringComparison.Ordinal))
        {
            return true;
        }
        using var reader = new StreamReader(path);
        return Shebang().IsMatch(reader.ReadLine() ?? string.Empty);
    }

    [GeneratedRegex(@"^#!\s*/(usr/)?bin/(env\s+)?(ba|da)?sh\b")]
    private static partial Regex Shebang();

    [GeneratedRegex(@"#\s*shellcheck\s+disable=[A-Za-z0-9,]+(?<rest>.*)$")]
    private static partial Regex Directive();
}
