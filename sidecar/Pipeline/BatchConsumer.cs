using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Orders.Exporter.State;
using Orders.Exporter.Tailing;

namespace Orders.Exporter.Pipeline;

/// <summary>
/// Drains the channel into the <see cref="LineBatchProcessor"/> until the tailer completes it, and writes the
/// checkpoint: at most every 250 ms while lines flow, once more when they stop, and a last time at the end
/// (graceful shutdown), so a restart resumes exactly after the last recorded line. (Each scrape may write one
/// too: <see cref="CheckpointKeeper.Publish"/>.)
/// </summary>
internal sealed class BatchConsumer(LineBatchProcessor processor, CheckpointKeeper keeper, CatchUpTracker catchUp, TimeProvider time, ILogger logger)
{
    public static readonly TimeSpan CheckpointInterval = TimeSpan.FromMilliseconds(250);

    private long _lastSave = long.MinValue;

    public async Task RunAsync(ChannelReader<LineBatch> reader)
    {
        while (true)
        {
            while (reader.TryRead(out var batch))
            {
                Process(batch);
                catchUp.Finished();
                if (Elapsed() >= CheckpointInterval)
                {
                    Save();
                }
            }
            if (!keeper.Dirty)
            {
                if (!await reader.WaitToReadAsync())
                {
                    break;
                }

                continue;
            }
            var remaining = CheckpointInterval - Elapsed();
            if (remaining <= TimeSpan.Zero)
            {
                Save();
                continue;
            }
            var more = reader.WaitToReadAsync().AsTask();
            if (await Task.WhenAny(more, Task.Delay(remaining, time)) == more && !await more)
            {
                break;
            }
        }
        keeper.MarkCaughtUp(); // everything read is recorded (a one-shot run never had a first scan of its own)
        Save();
    }

    private TimeSpan Elapsed() => _lastSave == long.MinValue ? TimeSpan.MaxValue : time.GetElapsedTime(_lastSave);

    private void Process(LineBatch batch)
    {
        try
        {
            lock (keeper.Gate)
            {
                processor.Process(batch);
            }
        }
        catch (Exception e)
        {
            // A bug, not bad input (bad input is counted, never thrown): keep counting the other lines.
            logger.LogError(e, "Processing a batch of {Path} at byte {Offset} failed; its lines are not counted. Please report this.", batch.Path, batch.StartOffset);
        }
    }

    private void Save()
    {
        if (keeper.Save())
        {
            _lastSave = time.GetTimestamp();
        }
    }
}
