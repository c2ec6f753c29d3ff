using System.Threading.Channels;

namespace Orders.App.AccessLog;

/// <summary>
/// The one channel between the requests that produce lines and the writer that stores them. Bounded, and
/// full means wait: a request whose line finds no room awaits it asynchronously (no thread blocks, no line
/// is dropped), which slows clients down to what the disk can take instead of growing memory without end.
/// </summary>
public sealed class AccessLogQueue
{
    /// <summary>
    /// Room for a burst of over 150 ms at full speed (50,000 requests/s), while the writer pauses between
    /// writes; at most 4 MiB of line buffers.
    /// </summary>
    public const int Capacity = 8_192;

    private readonly Channel<AccessLogLine> _channel = Channel.CreateBounded<AccessLogLine>(
        new BoundedChannelOptions(Capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
        });

    public ChannelReader<AccessLogLine> Reader => _channel.Reader;

    /// <summary>False if the queue was already completed (the host stopped while this request still ran).</summary>
    public async ValueTask<bool> EnqueueAsync(AccessLogLine line)
    {
        if (_channel.Writer.TryWrite(line))
        {
            return true;
        }
        try
        {
            await _channel.Writer.WriteAsync(line);
            return true;
        }
        catch (ChannelClosedException)
        {
            line.Return();
            return false;
        }
    }

    /// <summary>No more lines: the writer drains what is queued and ends.</summary>
    public void Complete() => _channel.Writer.TryComplete();
}
