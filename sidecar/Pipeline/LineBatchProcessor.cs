using System.Buffers;
using Orders.Exporter.Checkpointing;
using Orders.Exporter.Diagnostics;
using Orders.Exporter.Metrics;
using Orders.Exporter.Parsing;
using Orders.Exporter.Tailing;

namespace Orders.Exporter.Pipeline;

/// <summary>
/// The consuming stage: parses each line of a batch (<see cref="LineSplitter"/>) with its file's #Fields map
/// (<see cref="FormatTracker"/>), hands entries to the sink, counts every line's result, then commits the
/// batch's end offset to the checkpoint ledger and updates the lag. The self-metrics are added once per batch,
/// not per line, to keep the hot loop to parse + record.
/// </summary>
public sealed class LineBatchProcessor(IEntrySink sink, SelfMetrics self, CheckpointLedger ledger, int maxLineBytes, ThrottledLogger log)
{
    private readonly FormatTracker _formats = new(log);
    private long _lag;

    public void Process(LineBatch batch)
    {
        try
        {
            var format = _formats.For(batch);
            CountEvents(batch);
            if (batch.Buffer is not null)
            {
                ProcessLines(batch, format);
            }

            self.BytesRead.Inc(batch.Length + batch.SkippedBytes);
            ledger.Commit(batch, format.Fields?.Fields);
            UpdateLag(batch, format);
        }
        finally
        {
            if (batch.Buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(batch.Buffer);
            }
        }
    }

    private void CountEvents(LineBatch batch)
    {
        if ((batch.Events & BatchEvents.Opened) != 0)
        {
            self.FilesOpened.Inc();
        }

        if ((batch.Events & BatchEvents.Truncated) != 0)
        {
            self.Truncations.Inc();
        }

        if (batch.SkippedLongLines > 0)
        {
            self.CountLines(LineResult.TooLong, batch.SkippedLongLines);
            log.Warning(batch.Path, "too_long", $"skipped {batch.SkippedLongLines} line(s) longer than AccessLog:MaxLineBytes ({maxLineBytes}) before byte {batch.StartOffset}.");
        }
    }

    private void ProcessLines(LineBatch batch, FileFormat format)
    {
        var data = batch.Buffer.AsSpan(0, batch.Length);
        var fields = format.Fields ?? W3CFieldMap.AspNetCoreDefault;
        var assumed = format.Fields is null;
        long parsed = 0, malformed = 0, tooLong = 0, headers = 0, badStatus = 0, badTime = 0;
        var lastEntry = -1;
        var lastEntryFields = fields;
        var lines = new LineSplitter(data);
        while (lines.MoveNext())
        {
            var line = lines.Current;
            if (line.Length > maxLineBytes)
            {
                tooLong++;
                log.Warning(batch.Path, "too_long", $"line at byte {batch.StartOffset + lines.CurrentStart} is {line.Length} bytes, over AccessLog:MaxLineBytes ({maxLineBytes}); skipped.");
                continue;
            }
            var kind = W3CLineParser.Parse(line, fields, out var entry);
            if (assumed && kind != LineKind.Directive)
            {
                assumed = false;
                log.Warning(batch.Path, "no_fields", $"no #Fields directive before byte {batch.StartOffset}; assuming ASP.NET Core's default fields: {W3CFieldMap.AspNetCoreDefaultFields}.");
            }

            switch (kind)
            {
                case LineKind.Entry:
                    sink.Record(entry);
                    parsed++;
                    if (fields.Date >= 0 && fields.Time >= 0)
                    {
                        (lastEntry, lastEntryFields) = (lines.CurrentStart, fields);
                    }

                    if (entry.Status < 0)
                    {
                        badStatus++;
                    }

                    if (double.IsNaN(entry.DurationSeconds) && fields.TimeTaken >= 0)
                    {
                        badTime++;
                    }

                    break;
                case LineKind.Directive:
                    headers++;
                    if (W3CLineParser.TryGetFieldList(line, out var list))
                    {
                        (fields, assumed) = (_formats.Declare(batch, format, list), false);
                    }

                    break;
                default:
                    malformed++;
                    log.Warning(batch.Path, "malformed", $"line at byte {batch.StartOffset + lines.CurrentStart} is malformed (invalid UTF-8, a NUL byte, or fewer columns than #Fields names: {fields.Fields}); skipped.");
                    break;
            }
        }
        self.CountLines(LineResult.Parsed, parsed);
        self.CountLines(LineResult.Malformed, malformed);
        self.CountLines(LineResult.TooLong, tooLong);
        self.CountLines(LineResult.Header, headers);
        if (badStatus > 0)
        {
            self.InvalidStatus.Inc(badStatus);
        }

        if (badTime > 0)
        {
            self.InvalidTimeTaken.Inc(badTime);
        }

        if (lastEntry >= 0)
        {
            SetLastTimestamp(LineSplitter.FirstLine(data[lastEntry..]), lastEntryFields);
        }
    }

    private void SetLastTimestamp(ReadOnlySpan<byte> line, W3CFieldMap fields)
    {
        if (W3CLineParser.Parse(line, fields, out var entry) == LineKind.Entry && W3CTimestamp.TryParse(entry.Date, entry.Time, out var seconds))
        {
            self.LastEntryTimestamp.Set(seconds);
        }
    }

    private void UpdateLag(LineBatch batch, FileFormat format)
    {
        var closed = (batch.Events & BatchEvents.Closed) != 0;
        var lag = closed ? 0 : Math.Max(0, batch.FileLength - batch.EndOffset);
        _lag += lag - format.Lag;
        format.Lag = lag;
        self.LagBytes.Set(_lag);
        if (closed)
        {
            _formats.Forget(batch.FileKey);
        }
    }
}
