using Orders.Exporter.State;

namespace Orders.Exporter.Pipeline;

/// <summary>
/// Tells <see cref="CheckpointKeeper"/> when every batch of the first scan is recorded: batches handed to the
/// channel are counted as they go in (<see cref="CountingBatchWriter"/>), the consumer counts those it has
/// finished, and once the first scan is over its count is the target. Counts, not "the channel is empty": a
/// batch the consumer has taken but not yet recorded leaves the channel empty too.
/// </summary>
internal sealed class CatchUpTracker(CheckpointKeeper keeper)
{
    private long _handed;
    private long _finished;
    private long _target = -1;

    public void Handed() => Interlocked.Increment(ref _handed);

    public void Finished()
    {
        var finished = Interlocked.Increment(ref _finished);
        var target = Interlocked.Read(ref _target);
        if (target >= 0 && finished >= target)
        {
            keeper.MarkCaughtUp();
        }
    }

    /// <summary>The first scan returned: every batch it read is in the channel (or already recorded).</summary>
    public void FirstScanFinished()
    {
        var target = Interlocked.Read(ref _handed);
        Interlocked.Exchange(ref _target, target);
        if (Interlocked.Read(ref _finished) >= target)
        {
            keeper.MarkCaughtUp();
        }
    }
}
