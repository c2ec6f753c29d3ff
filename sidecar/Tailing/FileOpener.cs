using Microsoft.Win32.SafeHandles;

namespace Orders.Exporter.Tailing;

/// <summary>Opens files for following (sharing read, write and delete with the writer) and reads identities.</summary>
internal static class FileOpener
{
    public static SafeFileHandle Open(string path) =>
        File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    /// <summary>The identity of an open file: fstat's device and inode, and the hash of its first bytes.</summary>
    public static FileIdentity Identify(SafeFileHandle handle, long length)
    {
        UnixFileStat.TryGet(handle, out var device, out var inode);
        Span<byte> head = stackalloc byte[FileIdentity.MaxHeadLength];
        var read = ReadHead(handle, head[..(int)Math.Min(length, head.Length)]);
        return new FileIdentity(device, inode, read, FileIdentity.Hash(head[..read]));
    }

    /// <summary>Whether the file still starts with the bytes its identity hashed (false: rewritten).</summary>
    public static bool HeadMatches(SafeFileHandle handle, FileIdentity identity)
    {
        Span<byte> head = stackalloc byte[FileIdentity.MaxHeadLength];
        var read = ReadHead(handle, head[..identity.HeadLength]);
        return read == identity.HeadLength && FileIdentity.Hash(head[..read]) == identity.HeadHash;
    }

    /// <summary>Offset just after the last complete line (for StartAt=End).</summary>
    public static long EndOfLastLine(SafeFileHandle handle, long length, int window)
    {
        var start = Math.Max(0, length - window);
        var buffer = new byte[length - start];
        var read = RandomAccess.Read(handle, buffer, start);
        var newline = buffer.AsSpan(0, read).LastIndexOf((byte)'\n');
        return newline >= 0 ? start + newline + 1 : start == 0 ? 0 : length;
    }

    /// <summary>The first bytes of the file, up to <paramref name="max"/>.</summary>
    public static byte[] Preamble(SafeFileHandle handle, long upTo, int max)
    {
        var buffer = new byte[Math.Min(upTo, max)];
        var read = RandomAccess.Read(handle, buffer, 0);
        return read == buffer.Length ? buffer : buffer[..read];
    }

    private static int ReadHead(SafeFileHandle handle, Span<byte> head)
    {
        var total = 0;
        while (total < head.Length)
        {
            var read = RandomAccess.Read(handle, head[total..], total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }
        return total;
    }
}
