using System.Threading.Channels;
using Orders.Exporter.Tailing;

namespace Orders.Exporter.Pipeline;

/// <summary>The tailer's end of the channel, counting each batch it hands over for <see cref="CatchUpTracker"/>.</summary>
internal sealed class CountingBatchWriter(ChannelWriter<LineBatch> inner, CatchUpTracker tracker) : ChannelWriter<LineBatch>
{
    public override bool TryWrite(LineBatch item)
    {
        if (!inner.TryWrite(item))
        {
            return false;
        }

        tracker.Handed();
        return true;
    }

    // The inner channel's own WriteAsync, not the base class's loop: that keeps its exceptions (a channel the
    // dead consumer completed throws ChannelClosedException, which the tailer and its tests rely on).
    public override async ValueTask WriteAsync(LineBatch item, CancellationToken cancellationToken = default)
    {
        await inner.WriteAsync(item, cancellationToken);
        tracker.Handed();
    }

    public override ValueTask<bool> WaitToWriteAsync(CancellationToken cancellationToken = default) => inner.WaitToWriteAsync(cancellationToken);

    public override bool TryComplete(Exception? error = null) => inner.TryComplete(error);
}
