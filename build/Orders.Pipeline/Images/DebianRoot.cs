namespace Orders.Pipeline.Images;

/// <summary>
/// Reads a Debian root filesystem made by debootstrap (a folder on this machine) as its own system would:
/// paths resolve through the root's symbolic links, never the host's (an absolute link such as
/// /lib64/ld-linux-x86-64.so.2 -> /lib/... means the root's /lib), and dpkg's records say which files a
/// package installed.
/// </summary>
public static class DebianRoot
{
    private const int MaxLinkHops = 40;

    /// <summary>The files dpkg recorded for <paramref name="package"/> (info/&lt;package&gt;[:arch].list).</summary>
    public static IReadOnlyList<string> PackageFiles(string root, string package)
    {
        var info = Path.Combine(root, "var/lib/dpkg/info");
        var list = new[] { package + ".list" }.Concat(Directory.Exists(info) ? Directory.GetFiles(info, package + ":*.list").Select(Path.GetFileName) : [])
            .Select(name => Path.Combine(info, name!)).FirstOrDefault(File.Exists)
            ?? throw new InvalidDataException($"{info} has no file list for {package}: the Debian root lacks the package. Delete the root's .complete marker to make it again.");
        return [.. File.ReadAllLines(list).Where(line => line.StartsWith('/'))];
    }

    /// <summary>The entry for <paramref name="path"/> at its real place (folders' links resolved): a link stays a
    /// link with its own target, a file is copied with its mode; null when the root does not hold it.</summary>
    public static RootEntry? Entry(string root, string path)
    {
        var real = Resolve(root, path, followLast: false);
        var host = root + real;
        var info = new FileInfo(host);
        if (info.LinkTarget is { } target)
        {
            return RootEntry.Link(real, target);
        }
        return info.Exists ? RootEntry.Copy(real, host, info.UnixFileMode) : null;
    }

    public static string ReadText(string root, string path) => File.ReadAllText(root + Resolve(root, path, followLast: true));

    /// <summary>dpkg's status stanzas of <paramref name="packages"/> only, for the image's /var/lib/dpkg/status.</summary>
    public static string StatusOf(string root, IReadOnlyCollection<string> packages)
    {
        var stanzas = File.ReadAllText(Path.Combine(root, "var/lib/dpkg/status")).Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Where(s => s.Split('\n').FirstOrDefault(l => l.StartsWith("Package: ", StringComparison.Ordinal)) is { } line && packages.Contains(line["Package: ".Length..].Trim()));
        return string.Join("\n\n", stanzas.Select(s => s.Trim('\n'))) + "\n";
    }

    /// <summary>The absolute path inside the root that <paramref name="path"/> names, links resolved inside it.</summary>
    internal static string Resolve(string root, string path, bool followLast)
    {
        var resolved = new List<string>();
        var pending = new List<string>(Parts(path));
        for (var hops = 0; pending.Count > 0;)
        {
            var part = pending[0];
            pending.RemoveAt(0);
            if (part == "..")
            {
                if (resolved.Count > 0)
                {
                    resolved.RemoveAt(resolved.Count - 1);
                }
                continue;
            }
            resolved.Add(part);
            if (pending.Count == 0 && !followLast)
            {
                break;
            }
            if (new FileInfo(Path.Combine(root, string.Join('/', resolved))).LinkTarget is not { } target)
            {
                continue;
            }
            if (++hops > MaxLinkHops)
            {
                throw new InvalidDataException($"{root}{path}: more than {MaxLinkHops} symbolic links (a loop?).");
            }
            resolved.RemoveAt(resolved.Count - 1);
            if (target.StartsWith('/'))
            {
                resolved.Clear();
            }
            pending.InsertRange(0, Parts(target));
        }
        return "/" + string.Join('/', resolved);
    }

    private static string[] Parts(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".").ToArray();
}
