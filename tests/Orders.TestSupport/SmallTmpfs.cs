namespace Orders.TestSupport;

/// <summary>
/// A real small file system for full-disk tests: a tmpfs of a few KiB mounted on a fresh directory, which
/// <see cref="Fill"/> fills to the last byte (writes there then fail with ENOSPC, as on a full node disk) and
/// <see cref="MakeRoom"/> empties again. Needs root (or CAP_SYS_ADMIN); where mounting is not permitted,
/// <see cref="UnavailableReason"/> says why and the tests that need it are skipped with that reason.
/// Dispose unmounts it (lazily, so a file a test still holds open cannot leave it mounted) and deletes the directory.
/// </summary>
public sealed class SmallTmpfs : IDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(10);
    private static readonly Lazy<string?> Probe = new(ProbeMount);
    private readonly TempDirectory _directory = new("orders-tmpfs");
    private bool _mounted;

    private SmallTmpfs(int sizeKiB)
    {
        try
        {
            Mount(_directory.Path, sizeKiB).EnsureSuccess($"mount -t tmpfs -o size={sizeKiB}k on {_directory.Path}");
        }
        catch
        {
            _directory.Dispose(); // nothing mounted: the directory alone is left to remove
            throw;
        }
        _mounted = true;
    }

    /// <summary>Null where a tmpfs can be mounted; otherwise why not, for a test's skip reason.</summary>
    public static string? UnavailableReason => Probe.Value;

    public string Path => _directory.Path;

    private string FillerPath => System.IO.Path.Combine(Path, ".filler");

    public static SmallTmpfs Mount(int sizeKiB = 64) => new(sizeKiB);

    public string Combine(params string[] parts) => _directory.Combine(parts);

    /// <summary>Writes a filler file until the file system refuses another byte.</summary>
    public void Fill()
    {
        using var filler = new FileStream(FillerPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
        var block = new byte[4096];
        foreach (var size in new[] { 4096, 512, 1 })
        {
            try
            {
                while (true)
                {
                    filler.Write(block, 0, size);
                }
            }
            catch (IOException)
            {
                // Full at this granularity: go on with smaller writes until not even one byte fits.
            }
        }
    }

    /// <summary>Deletes the filler: the space comes back.</summary>
    public void MakeRoom() => File.Delete(FillerPath);

    public void Dispose()
    {
        if (_mounted)
        {
            ChildProcess.Run("umount", ["--lazy", Path], CommandTimeout).EnsureSuccess($"umount {Path} (unmount it by hand)");
            _mounted = false;
        }
        _directory.Dispose();
    }

    private static ExitedProcess Mount(string directory, int sizeKiB) =>
        ChildProcess.Run("mount", ["-t", "tmpfs", "-o", $"size={sizeKiB}k", "tmpfs", directory], CommandTimeout);

    private static string? ProbeMount()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return $"needs root on Linux to mount a small tmpfs (running as {Environment.UserName} on {Environment.OSVersion.Platform}): run the tests as root, or in a container that allows mount.";
        }

        using var directory = new TempDirectory("orders-tmpfs-probe");
        try
        {
            var mounted = Mount(directory.Path, 4);
            if (mounted.ExitCode != 0)
            {
                return $"mounting a tmpfs is not permitted here ({mounted.Output.Trim()}): run the tests where root may mount (a container needs CAP_SYS_ADMIN).";
            }

            // Lazily, as Dispose does: the directory is deleted next, and must not still be a mount point.
            ChildProcess.Run("umount", ["--lazy", directory.Path], CommandTimeout).EnsureSuccess($"umount {directory.Path}");
            return null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return $"cannot run mount/umount ({e.Message}): install util-linux, or run where root may mount.";
        }
    }
}
