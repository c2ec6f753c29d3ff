using Prometheus;

namespace Orders.Exporter.Metrics;

/// <summary>
/// What the exporter says about its own reading. Publishes:
/// accesslog_lines_total{result="parsed|malformed|too_long|header"}, accesslog_bytes_read_total,
/// accesslog_files_opened_total, accesslog_truncations_total, accesslog_lag_bytes,
/// accesslog_last_entry_timestamp_seconds, accesslog_checkpoint_writes_total,
/// accesslog_checkpoint_write_failures_total, accesslog_checkpoint_load_failures_total, accesslog_invalid_fields_total{field="sc-status|time-taken"},
/// accesslog_io_errors_total{operation="list|read"}, accesslog_skipped_bytes_total, accesslog_files_missed_total.
/// Every series exists at 0 from the start. The counters continue across restarts from the checkpoint
/// (State/), except accesslog_checkpoint_writes_total and accesslog_checkpoint_write_failures_total, which count
/// this process's attempts.
/// </summary>
public sealed class SelfMetrics
{
    private readonly Counter.Child[] _lines;

    public SelfMetrics(MetricsCatalog factory)
    {
        var lines = factory.Counter("accesslog_lines_total", "Lines read from the access log, by result.", MetricLabels.LineResult);
        _lines = [lines.WithLabels("parsed"), lines.WithLabels("malformed"), lines.WithLabels("too_long"), lines.WithLabels("header")];
        BytesRead = factory.Counter("accesslog_bytes_read_total", "Bytes of the access log consumed (lines and skipped over-long lines).");
        FilesOpened = factory.Counter("accesslog_files_opened_total", "Access log files opened for reading.");
        Truncations = factory.Counter("accesslog_truncations_total", "Files found shorter than the read offset or rewritten (copytruncate); read again from 0.");
        LagBytes = factory.Gauge("accesslog_lag_bytes", "Bytes on disk not yet read, over all followed files.");
        LastEntryTimestamp = factory.Gauge("accesslog_last_entry_timestamp_seconds", "date and time of the last request read, as Unix seconds.");
        CheckpointWrites = factory.Counter("accesslog_checkpoint_writes_total", "Checkpoints written.");
        CheckpointWriteFailures = factory.Counter("accesslog_checkpoint_write_failures_total", "Checkpoint writes that failed (a full or read-only volume); /metrics serves the live values meanwhile.");
        CheckpointLoadFailures = factory.Counter("accesslog_checkpoint_load_failures_total", "Checkpoints that could not be used (corrupt, another version or another AccessLog:Path); started without them.");
        SkippedBytes = factory.Counter("accesslog_skipped_bytes_total", "Bytes already on disk at a start without a usable checkpoint, skipped so that no old line is counted again.");
        FilesMissed = factory.Counter("accesslog_files_missed_total", "Rolled files (access-yyyyMMdd.NNNN) deleted before they could be opened: a gap in the numbers.");
        var invalid = factory.Counter("accesslog_invalid_fields_total", "Request lines with a field that is not valid (counted with status=\"invalid\" or without a duration).", MetricLabels.Field);
        InvalidStatus = invalid.WithLabels("sc-status");
        InvalidTimeTaken = invalid.WithLabels("time-taken");
        var io = factory.Counter("accesslog_io_errors_total", "Directory listings and file reads that failed; retried at the next poll.", MetricLabels.Operation);
        ListErrors = io.WithLabels("list");
        ReadErrors = io.WithLabels("read");
    }

    public Counter BytesRead { get; }
    public Counter FilesOpened { get; }
    public Counter Truncations { get; }
    public Gauge LagBytes { get; }
    public Gauge LastEntryTimestamp { get; }
    public Counter CheckpointWrites { get; }
    public Counter CheckpointWriteFailures { get; }
    public Counter CheckpointLoadFailures { get; }
    public Counter SkippedBytes { get; }
    public Counter FilesMissed { get; }
    public Counter.Child InvalidStatus { get; }
    public Counter.Child InvalidTimeTaken { get; }
    public Counter.Child ListErrors { get; }
    public Counter.Child ReadErrors { get; }

    public void CountLines(LineResult result, long count = 1) => _lines[(int)result].Inc(count);
}
