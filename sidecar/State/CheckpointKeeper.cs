using Microsoft.Extensions.Logging;
using Orders.Exporter.Checkpointing;
using Orders.Exporter.Metrics;

namespace Orders.Exporter.State;

/// <summary>
/// Writes the offsets and the metric values they produced in one checkpoint, and publishes to the scraped
/// registry only values that are already in a checkpoint. <see cref="Gate"/> is held by the consumer while it
/// records a batch, so a snapshot never sees half a batch and always matches the ledger's offsets.
/// </summary>
internal sealed class CheckpointKeeper(CheckpointLedger ledger, CheckpointStore? store, string logPath, MetricsCatalog working,
    MetricsMirror mirror, SelfMetrics self, TimeProvider time, ILogger logger)
{
    /// <summary>A scrape within this long of the last write serves that write's values instead of writing
    /// (and fsyncing) again: while lines flow the consumer writes every 250 ms anyway, and a scrape that waits
    /// for a disk flush costs p99 tens of ms more on a busy node (bench/exporter-scrape-cost.sh).</summary>
    public static readonly TimeSpan RecentEnough = TimeSpan.FromMilliseconds(250);

    /// <summary>Counts this process's own doings; restoring it would make every scrape a new checkpoint.</summary>
    private static readonly HashSet<string> NotPersisted = ["accesslog_checkpoint_writes_total"];

    private long _savedVersion;
    private MetricsSnapshot? _written;
    private long _writtenAt;

    public Lock Gate { get; } = new();

    /// <summary>Offsets were committed since the last write.</summary>
    public bool Dirty => store is not null && ledger.Version != _savedVersion;

    /// <summary>The consumer's cadence: write if offsets moved; false if there was nothing to write.</summary>
    public bool Save()
    {
        lock (Gate)
        {
            if (!Dirty)
            {
                return false;
            }

            Write(ExpositionReader.Read(working.Registry));
            return true;
        }
    }

    /// <summary>Before each scrape: write what is about to be served (if it changed), then serve it.</summary>
    public void Publish()
    {
        lock (Gate)
        {
            var snapshot = ExpositionReader.Read(working.Registry);
            if (store is not null && _written is not null && time.GetElapsedTime(_writtenAt) < RecentEnough)
            {
                mirror.Apply(new MetricsSnapshot
                {
                    Counters = [.. _written.Counters, .. snapshot.Counters.Where(c => NotPersisted.Contains(c.Name))],
                    Histograms = _written.Histograms,
                    Gauges = snapshot.Gauges,
                });
            }
            else if (store is null || Write(snapshot))
            {
                mirror.Apply(snapshot);
            }
        }
    }

    /// <summary>False if the write failed: then nothing newer may be served.</summary>
    private bool Write(MetricsSnapshot snapshot)
    {
        var version = ledger.Version;
        var persisted = new MetricsSnapshot { Counters = [.. snapshot.Counters.Where(c => !NotPersisted.Contains(c.Name))], Histograms = snapshot.Histograms };
        try
        {
            if (store!.Save(new CheckpointDocument { LogPath = logPath, Files = ledger.Snapshot(), Metrics = persisted }))
            {
                self.CheckpointWrites.Inc();
            }

            (_savedVersion, _written, _writtenAt) = (version, persisted, time.GetTimestamp());
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Writing the checkpoint {Path} failed ({Reason}); retrying, and /metrics keeps the last values written. Give AccessLog:CheckpointPath a writable volume.", store!.Path, e.Message);
            return false;
        }
    }
}
