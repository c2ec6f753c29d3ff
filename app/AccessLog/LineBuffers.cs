namespace Orders.App.AccessLog;

/// <summary>
/// Recycles the buffers lines are formatted into, between the requests that fill them and the writer that
/// empties them. Not ArrayPool.Shared: there every buffer would be rented on a request thread and returned
/// on the writer thread in bursts of hundreds, which overflows its small per-core stacks, so most returns
/// were dropped and re-rents allocated (measured: 273 bytes of garbage per line). Not a ConcurrentQueue
/// either: as a FIFO it allocates a new segment each time one fills, growing to 16 MB ones on the large
/// object heap. A stack under a lock held for a few instructions allocates nothing in steady state.
/// </summary>
public static class LineBuffers
{
    /// <summary>Room for any line of ordinary length; a longer one gets a buffer of its own, not recycled.</summary>
    public const int Size = 512;

    /// <summary>Enough for a full queue plus the requests in flight: at most about 4.5 MiB kept.</summary>
    private const int MaxKept = AccessLogQueue.MaxQueuedBytes / Size + 1024;

    private static readonly Lock Gate = new();
    private static readonly byte[]?[] Kept = new byte[MaxKept][];
    private static int _kept;

    public static byte[] Rent(int minimumLength)
    {
        if (minimumLength > Size)
        {
            return new byte[minimumLength];
        }
        lock (Gate)
        {
            if (_kept > 0)
            {
                var buffer = Kept[--_kept]!;
                Kept[_kept] = null;
                return buffer;
            }
        }
        return new byte[Size];
    }

    public static void Return(byte[] buffer)
    {
        if (buffer.Length != Size)
        {
            return;
        }
        lock (Gate)
        {
            if (_kept < MaxKept)
            {
                Kept[_kept++] = buffer;
            }
        }
    }
}
