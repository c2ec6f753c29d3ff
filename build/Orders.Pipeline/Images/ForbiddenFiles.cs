namespace Orders.Pipeline.Images;

/// <summary>
/// What a shipped image must not hold: a shell (so nothing can <c>kubectl exec ... sh</c> into it, and an
/// attacker who gets code execution finds no interpreter) or a package manager (so nothing can be installed
/// into a running container). Found by file name in the image's listing, wherever it sits: /bin/sh is usually
/// a link to dash, busybox answers as any applet, and Debian's merged /usr puts /bin under /usr/bin.
/// </summary>
public static class ForbiddenFiles
{
    private static readonly HashSet<string> Shells = new(StringComparer.Ordinal)
    {
        "sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "csh", "tcsh", "fish", "busybox", "toybox", "pwsh",
    };

    private static readonly HashSet<string> PackageManagers = new(StringComparer.Ordinal)
    {
        "apt", "apt-get", "aptitude", "dpkg", "rpm", "yum", "dnf", "microdnf", "apk",
    };

    /// <summary>The files (paths from the image's root) that are a shell or a package manager's tool.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> files) =>
        [.. files.Where(path => Path.GetFileName(path) is var name
            && (Shells.Contains(name) || PackageManagers.Contains(name) || name.StartsWith("dpkg-", StringComparison.Ordinal) || name.StartsWith("apt-", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)];
}
