using Microsoft.Extensions.Logging;
using Orders.Exporter.Checkpointing;
using Orders.Exporter.Metrics;

namespace Orders.Exporter.State;

/// <summary>
/// Writes the offsets and the metric values they produced in one checkpoint, and publishes to the scraped
/// registry the values of the last checkpoint written. <see cref="Gate"/> is held by the consumer while it
/// records a batch, so a snapshot never sees half a batch and always matches the ledger's offsets.
/// <para>When a write fails (a full or read-only disk) the live values are served instead: a metric frozen at
/// the last checkpoint would read as no orders, and the HPA would scale this pod's share down under load. That
/// is safe because the checkpoint on disk stays a consistent pair (older offsets, the values they produced): a
/// restart resumes from it and reads the lines after it again, reaching the same totals. What a restart must
/// not do is serve the older values before it has read those lines again (Prometheus would take the drop for a
/// counter reset and count everything once more), so a process that resumed from a checkpoint serves nothing
/// until it has caught up with the files as they were when it started (<see cref="MarkCaughtUp"/>).</para>
/// </summary>
internal sealed class CheckpointKeeper(CheckpointLedger ledger, CheckpointStore? store, string logPath, MetricsCatalog working,
    MetricsMirror mirror, SelfMetrics self, TimeProvider time, ILogger logger, bool resumed)
{
    /// <summary>A scrape within this long of the last write serves that write's values instead of writing
    /// (and fsyncing) again: while lines flow the consumer writes every 250 ms anyway, and a scrape that waits
    /// for a disk flush costs p99 tens of ms more on a busy node (bench/exporter-scrape-cost.sh).</summary>
    public static readonly TimeSpan RecentEnough = TimeSpan.FromMilliseconds(250);

    /// <summary>Count this process's own doings; restoring them would make every scrape a new checkpoint.</summary>
    private static readonly HashSet<string> NotPersisted = ["accesslog_checkpoint_writes_total", "accesslog_checkpoint_write_failures_total"];

    private readonly CheckpointWriteState _state = new(logger, store?.Path);
    private long _savedVersion;
    private MetricsSnapshot? _written;
    private long _writtenAt;
    private volatile bool _caughtUp = !resumed;

    public Lock Gate { get; } = new();

    /// <summary>The last checkpoint write failed.</summary>
    public bool Failing => _state.Failing;

    /// <summary>Offsets were committed since the last write.</summary>
    public bool Dirty => store is not null && ledger.Version != _savedVersion;

    /// <summary>The lines that were on disk at start-up are recorded: from now on the values served are at
    /// least any an earlier process served.</summary>
    public void MarkCaughtUp() => _caughtUp = true;

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

    /// <summary>Before each scrape: write what is about to be served (if it changed), then serve it; if the
    /// write fails, serve the live values all the same.</summary>
    public void Publish()
    {
        lock (Gate)
        {
            if (!_caughtUp)
            {
                return;
            }

            var snapshot = ExpositionReader.Read(working.Registry);
            if (store is not null && !_state.Failing && _written is not null && time.GetElapsedTime(_writtenAt) < RecentEnough)
            {
                mirror.Apply(new MetricsSnapshot
                {
                    Counters = [.. _written.Counters, .. snapshot.Counters.Where(c => NotPersisted.Contains(c.Name))],
                    Histograms = _written.Histograms,
                    Gauges = snapshot.Gauges,
                });
                return;
            }

            if (store is null || Write(snapshot))
            {
                mirror.Apply(snapshot);
            }
            else
            {
                mirror.Apply(ExpositionReader.Read(working.Registry)); // read again: with the failure just counted
            }
        }
    }

    /// <summary>False if the write failed (counted and logged).</summary>
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
            _state.Succeeded();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            self.CheckpointWriteFailures.Inc();
            _state.Failed(e);
            return false;
        }
    }
}
