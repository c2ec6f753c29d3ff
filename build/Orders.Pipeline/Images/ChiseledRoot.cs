namespace Orders.Pipeline.Images;

/// <summary>
/// The root filesystem of the stand-in for runtime-deps:10.0-noble-chiseled, picked from the Debian root that
/// debootstrap made (shared/reference/chiseled-images.md): the shared libraries of the packages Microsoft's image
/// slices (libc6, libgcc-s1, libssl3, libstdc++6), found through dpkg's own file lists rather than named one by
/// one, the CA bundle, passwd and group with only root and app (1654, shell /bin/false), /home/app owned by
/// app, /tmp 1777, os-release and a dpkg status file naming those packages so a scanner sees what is inside.
/// Nothing else: no shell, no coreutils, no apt or dpkg binaries, no ICU, no tzdata, no gconv modules.
/// </summary>
public static class ChiseledRoot
{
    public const int AppUid = BaseImageStandIns.AppUid;

    /// <summary>The Debian 12 packages whose libraries the image carries (Microsoft's slices' packages on noble).</summary>
    public static readonly IReadOnlyList<string> LibraryPackages = ["libc6", "libgcc-s1", "libssl3", "libstdc++6"];

    public const string CertificateBundle = "/etc/ssl/certs/ca-certificates.crt";

    /// <summary>Raise when <see cref="Plan"/> changes what it picks: the stand-in's fingerprint includes it.</summary>
    public const int RecipeVersion = 1;

    private static readonly string[] LibraryFolders = ["/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/"];

    public static IReadOnlyList<RootEntry> Plan(string debianRoot)
    {
        var entries = new Dictionary<string, RootEntry>(StringComparer.Ordinal);
        void Add(RootEntry entry) => entries[entry.Path] = entry;

        // Debian 12's merged /usr: /bin, /lib, /lib64 and /sbin are links into /usr, as on noble; the ELF
        // interpreter path /lib64/ld-linux-x86-64.so.2 must resolve.
        foreach (var top in new[] { "bin", "lib", "lib64", "sbin" })
        {
            var target = new FileInfo(Path.Combine(debianRoot, top)).LinkTarget;
            Add(target is null ? RootEntry.Directory("/" + top, RootEntry.OpenDirectory) : RootEntry.Link("/" + top, target));
        }
        foreach (var folder in new[] { "/usr/bin", "/usr/lib", "/usr/lib64", "/usr/sbin", "/etc", "/run", "/var/lib", "/var/log" })
        {
            Add(RootEntry.Directory(folder, RootEntry.OpenDirectory));
        }
        Add(RootEntry.Directory("/tmp", RootEntry.OpenDirectory | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite | UnixFileMode.StickyBit));
        Add(RootEntry.Directory("/home/app", RootEntry.OpenDirectory, AppUid));
        foreach (var package in LibraryPackages)
        {
            foreach (var path in DebianRoot.PackageFiles(debianRoot, package).Where(IsSharedLibrary))
            {
                if (DebianRoot.Entry(debianRoot, path) is { } entry)
                {
                    Add(entry);
                }
            }
        }
        Add(DebianRoot.Entry(debianRoot, CertificateBundle)
            ?? throw new InvalidDataException($"{debianRoot}{CertificateBundle} is missing: the Debian root lacks ca-certificates. Delete {debianRoot}.complete to make it again."));
        Add(RootEntry.Text("/etc/passwd", $"root:x:0:0:root:/root:/sbin/nologin\napp:x:{AppUid}:{AppUid}::/home/app:/bin/false\n"));
        Add(RootEntry.Text("/etc/group", $"root:x:0:\napp:x:{AppUid}:\n"));
        Add(RootEntry.Text("/etc/os-release", DebianRoot.ReadText(debianRoot, "/etc/os-release")));
        Add(RootEntry.Text("/var/lib/dpkg/status", DebianRoot.StatusOf(debianRoot, [.. LibraryPackages, "ca-certificates"])));
        return [.. entries.Values.OrderBy(e => e.Path, StringComparer.Ordinal)];
    }

    /// <summary>A library the loader or .NET may open: *.so* under a lib folder; iconv's gconv modules are left
    /// out as the chiseled slice leaves them (.NET never calls iconv).</summary>
    internal static bool IsSharedLibrary(string path) =>
        LibraryFolders.Any(f => path.StartsWith(f, StringComparison.Ordinal))
        && Path.GetFileName(path).Contains(".so", StringComparison.Ordinal)
        && !path.Contains("/gconv/", StringComparison.Ordinal);
}
