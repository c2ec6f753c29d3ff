namespace Orders.Exporter.Tailing;

/// <summary>
/// Which file this is, independent of its name: device and inode (stable across renames), plus a hash of its
/// first bytes, because an inode number is reused once a file is deleted, and the checkpoint must not mistake
/// a new file for the old one after a restart.
/// </summary>
public sealed record FileIdentity(ulong Device, ulong Inode, int HeadLength, ulong HeadHash)
{
    /// <summary>How many leading bytes the hash covers once the file is that long. Not just the header:
    /// two W3C files started in the same second have identical headers (Start-Date has 1 s resolution), so
    /// the hash reaches into the first requests. Two files identical over their first KiB that also share an
    /// inode number across a restart would still be taken for one: an accepted, documented residue.</summary>
    public const int MaxHeadLength = 1024;

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
