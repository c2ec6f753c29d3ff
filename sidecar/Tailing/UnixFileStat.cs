using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Orders.Exporter.Tailing;

/// <summary>
/// Device and inode numbers of a file, which .NET does not expose. On Linux they come from libc's stat/fstat
/// (exported as real symbols since glibc 2.33; musl has always exported them). The struct layout differs by
/// architecture, but in both the x86-64 and the generic (arm64, riscv64) layouts st_dev and st_ino are the
/// first two 64-bit fields, so reading those two from a buffer larger than either struct (144 and 128 bytes)
/// is sound on every 64-bit Linux. Elsewhere (Windows, macOS, 32-bit) this returns false and identity falls
/// back to the head hash alone.
/// </summary>
internal static partial class UnixFileStat
{
    private const int StatBufferBytes = 256;
    private const uint FileTypeMask = 0xF000; // S_IFMT
    private const uint RegularFile = 0x8000; // S_IFREG

    private static readonly bool Supported = OperatingSystem.IsLinux() && Environment.Is64BitProcess;

    public static bool TryGet(string path, out ulong device, out ulong inode)
    {
        device = inode = 0;
        if (!Supported)
        {
            return false;
        }

        Span<ulong> buffer = stackalloc ulong[StatBufferBytes / sizeof(ulong)];
        if (Stat(path, ref MemoryMarshal.GetReference(buffer)) != 0)
        {
            return false;
        }

        (device, inode) = (buffer[0], buffer[1]);
        return true;
    }

    /// <summary>False only when stat says the path is not a regular file (a FIFO, socket or device: opening a
    /// FIFO blocks until a writer comes). Where stat is unavailable, everything counts as regular.</summary>
    public static bool IsRegularFile(string path)
    {
        if (!Supported)
        {
            return true;
        }

        Span<ulong> buffer = stackalloc ulong[StatBufferBytes / sizeof(ulong)];
        if (Stat(path, ref MemoryMarshal.GetReference(buffer)) != 0)
        {
            return true; // gone or unreadable: opening it reports that
        }

        // st_mode follows st_nlink (64-bit) on x86-64 and precedes it (32-bit) in the generic layout.
        var modeOffset = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 24 : 16;
        var mode = MemoryMarshal.Read<uint>(MemoryMarshal.AsBytes(buffer)[modeOffset..]);
        return (mode & FileTypeMask) == RegularFile;
    }

    public static bool TryGet(SafeFileHandle handle, out ulong device, out ulong inode)
    {
        device = inode = 0;
        if (!Supported)
        {
            return false;
        }

        Span<ulong> buffer = stackalloc ulong[StatBufferBytes / sizeof(ulong)];
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            if (FStat((int)handle.DangerousGetHandle(), ref MemoryMarshal.GetReference(buffer)) != 0)
            {
                return false;
            }
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
        (device, inode) = (buffer[0], buffer[1]);
        return true;
    }

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, ref ulong buffer);

    [LibraryImport("libc", EntryPoint = "fstat")]
    private static partial int FStat(int fd, ref ulong buffer);
}
