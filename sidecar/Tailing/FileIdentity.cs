namespace Orders.Exporter.Tailing;

/// <summary>
/// Which file this is, independent of its name: device and inode (stable across renames), plus a hash of its
/// first bytes, because an inode number is reused once a file is deleted, and the checkpoint must not mistake
/// a new file for the old one after a restart.
/// </summary>
public sealed record FileIdentity(ulong Device, ulong Inode, int HeadLength, ulong HeadHash)
{
    /// <summary>How many leading bytes the hash covers once the file is that long (W3C's #Version and
    /// #Start-Date lines fit, and the start date makes two files differ).</summary>
    public const int MaxHeadLength = 128;

    public bool SameInode(FileIdentity other) => Device == other.Device && Inode == other.Inode;

    /// <summary>FNV-1a, 64 bit: tiny, allocation-free, and plenty to tell two file heads apart.</summary>
    public static ulong Hash(ReadOnlySpan<byte> head)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in head)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }
        return hash;
    }
}
