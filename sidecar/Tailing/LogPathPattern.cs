namespace Orders.Exporter.Tailing;

/// <summary>
/// What AccessLog:Path names, resolved once: a directory (every *.txt in it: W3C rolling files), a glob
/// (a file-name pattern with * or ?), or one file. A path that does not exist yet is a file if its last part
/// has an extension, else a directory; either may appear later.
/// </summary>
public sealed class LogPathPattern
{
    private static readonly EnumerationOptions Enumeration = new()
    {
        MatchType = MatchType.Simple,
        MatchCasing = MatchCasing.CaseSensitive,
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
    };

    private LogPathPattern(string directory, string filePattern)
    {
        Directory = directory;
        FilePattern = filePattern;
    }

    public string Directory { get; }
    public string FilePattern { get; }

    public static LogPathPattern Resolve(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var name = System.IO.Path.GetFileName(full.TrimEnd('/'));
        var parent = System.IO.Path.GetDirectoryName(full.TrimEnd('/')) ?? "/";
        if (name.IndexOfAny(['*', '?']) >= 0)
        {
            return new LogPathPattern(parent, name);
        }

        if (System.IO.Directory.Exists(full) || path.EndsWith('/'))
        {
            return new LogPathPattern(full.TrimEnd('/'), "*.txt");
        }

        if (File.Exists(full) || System.IO.Path.HasExtension(name))
        {
            return new LogPathPattern(parent, name);
        }

        return new LogPathPattern(full, "*.txt");
    }

    /// <summary>The matching files in ordinal name order (W3C rolling names sort oldest first); empty when
    /// the directory does not exist; null when the listing failed for another reason (permissions, I/O):
    /// then what is there is unknown, and nothing may be taken for deleted.</summary>
    public List<string>? List(out Exception? error)
    {
        error = null;
        try
        {
            var files = System.IO.Directory.EnumerateFiles(Directory, FilePattern, Enumeration).ToList();
            files.Sort(StringComparer.Ordinal);
            return files;
        }
        catch (DirectoryNotFoundException)
        {
            return [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = e;
            return null;
        }
    }

    public override string ToString() => System.IO.Path.Combine(Directory, FilePattern);
}
