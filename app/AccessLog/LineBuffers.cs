using System.Collections.Concurrent;

namespace Orders.App.AccessLog;

/// <summary>
/// Recycles the buffers lines are formatted into, between the requests that fill them and the writer that
/// empties them. Not ArrayPool.Shared: there every buffer would be rented on a request thread and returned
/// on the writer thread in bursts of hundreds, which overflows its small per-core stacks, so most returns
/// were dropped and re-rents allocated (measured: 273 bytes of garbage per line). Needs no bound of its own:
/// buffers in circulation never exceed the queue's capacity plus the requests in flight (about 4 MiB).
/// </summary>
public static class LineBuffers
{
    /// <summary>Room for any line of ordinary length; a longer one gets a buffer of its own, not recycled.</summary>
    public const int Size = 512;

    private static readonly ConcurrentQueue<byte[]> Free = new();

    public static byte[] Rent(int minimumLength)
    {
        if (minimumLength > Size)
        {
            return new byte[minimumLength];
        }
        return Free.TryDequeue(out var buffer) ? buffer : new byte[Size];
    }

    public static void Return(byte[] buffer)
    {
        if (buffer.Length == Size)
        {
            Free.Enqueue(buffer);
        }
    }
}
