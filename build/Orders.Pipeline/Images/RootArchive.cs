using System.Formats.Tar;
using System.Text;

namespace Orders.Pipeline.Images;

/// <summary>
/// Writes root-filesystem entries as a tar layer (what <c>podman import</c> makes an image of), with each
/// entry's owner and mode as planned rather than the host copy's: the files come from a root-owned Debian
/// folder, /home/app must belong to 1654 and /tmp must be 1777 in the image. Parent folders an entry needs
/// and the plan does not list are added root-owned 0755, before the entry.
/// </summary>
public static class RootArchive
{
    public static void Write(IReadOnlyList<RootEntry> entries, Stream destination)
    {
        using var writer = new TarWriter(destination, TarEntryFormat.Pax, leaveOpen: true);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var planned = entries.ToDictionary(e => e.Path, StringComparer.Ordinal);
        foreach (var entry in entries.OrderBy(e => e.Path, StringComparer.Ordinal))
        {
            foreach (var parent in Parents(entry.Path).Where(p => !written.Contains(p)))
            {
                WriteEntry(writer, planned.GetValueOrDefault(parent) ?? RootEntry.Directory(parent, RootEntry.OpenDirectory));
                written.Add(parent);
            }
            if (written.Add(entry.Path))
            {
                WriteEntry(writer, entry);
            }
        }
    }

    private static IEnumerable<string> Parents(string path)
    {
        for (var slash = path.IndexOf('/', 1); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            yield return path[..slash];
        }
    }

    private static void WriteEntry(TarWriter writer, RootEntry entry)
    {
        var name = entry.Path.TrimStart('/');
        var tar = entry.Kind switch
        {
            RootEntryKind.Directory => new PaxTarEntry(TarEntryType.Directory, name + "/"),
            RootEntryKind.SymbolicLink => new PaxTarEntry(TarEntryType.SymbolicLink, name) { LinkName = entry.LinkTarget! },
            _ => new PaxTarEntry(TarEntryType.RegularFile, name),
        };
        tar.Mode = entry.Mode;
        tar.Uid = entry.Uid;
        tar.Gid = entry.Gid;
        tar.ModificationTime = DateTimeOffset.UnixEpoch; // the same layer for the same files, run after run
        if (entry.Kind == RootEntryKind.File)
        {
            tar.DataStream = entry.Source is { } source ? File.OpenRead(source) : new MemoryStream(Encoding.UTF8.GetBytes(entry.Content ?? ""));
        }
        writer.WriteEntry(tar);
        tar.DataStream?.Dispose();
    }
}
