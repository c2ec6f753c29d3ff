using System.Text.Json;
using System.Text.RegularExpressions;

namespace Orders.Build.Tests.Infrastructure;

/// <summary>
/// The build-context paths a Dockerfile's COPY and ADD instructions read (not those copied from another
/// stage with --from), with the line each comes from: what must exist for `docker build` to succeed.
/// </summary>
public static partial class DockerfileCopySources
{
    public static IReadOnlyList<(int Line, string Source)> Read(string dockerfile)
    {
        var sources = new List<(int, string)>();
        var lines = File.ReadAllLines(dockerfile);
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var instruction = lines[i].Trim();
            while (instruction.EndsWith('\\') && i + 1 < lines.Length)
            {
                instruction = instruction[..^1] + " " + lines[++i].Trim();
            }
            var match = CopyInstruction().Match(instruction);
            if (!match.Success)
            {
                continue;
            }
            var rest = match.Groups["rest"].Value.Trim();
            var flags = Regex.Matches(rest, @"^(--\S+\s+)+").Select(m => m.Value).FirstOrDefault() ?? "";
            if (flags.Contains("--from=", StringComparison.Ordinal))
            {
                continue; // copies out of another build stage, not from the context
            }
            rest = rest[flags.Length..].Trim();
            var arguments = rest.StartsWith('[') ? JsonSerializer.Deserialize<string[]>(rest)! : rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            sources.AddRange(arguments[..^1].Select(source => (lineNumber, source)));
        }
        return sources;
    }

    /// <summary>Whether a COPY source exists in the context: a file, a folder, or a pattern matching something.</summary>
    public static bool Exists(string contextDirectory, string source)
    {
        var path = Path.Combine(contextDirectory, source.TrimStart('/'));
        if (!source.Contains('*') && !source.Contains('?'))
        {
            return File.Exists(path) || Directory.Exists(path);
        }
        var directory = Path.GetDirectoryName(path)!;
        return Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory, Path.GetFileName(path)).Any();
    }

    /// <summary>Whether a .dockerignore line excludes the source (the folder patterns used here: "dir/", "**/dir/").</summary>
    public static bool IsIgnored(IEnumerable<string> dockerignore, string source)
    {
        var segments = source.TrimStart('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return dockerignore.Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')).Any(pattern =>
            pattern.StartsWith("**/", StringComparison.Ordinal)
                ? segments.SkipLast(1).Contains(pattern[3..].TrimEnd('/'))
                : source.TrimStart('/').StartsWith(pattern.TrimEnd('/') + "/", StringComparison.Ordinal) || source.TrimStart('/') == pattern.TrimEnd('/'));
    }

    [GeneratedRegex(@"^(COPY|ADD)\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex CopyInstruction();
}
