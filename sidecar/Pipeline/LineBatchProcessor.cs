using System.Buffers;
using Orders.Exporter.Checkpointing;
using Orders.Exporter.Diagnostics;
using Orders.Exporter.Metrics;
using Orders.Exporter.Parsing;
using Orders.Exporter.Tailing;

namespace Orders.Exporter.Pipeline;

/// <summary>
/// The consuming stage: splits a batch into lines, parses each with its file's #Fields map, hands entries to
/// the sink, counts every line's result, then commits the batch's end offset to the checkpoint ledger. The
/// self-metrics are added once per batch, not per line, to keep the hot loop to parse + record.
/// </summary>
public sealed class LineBatchProcessor(IEntrySink sink, SelfMetrics self, CheckpointLedger ledger, int maxLineBytes, ThrottledLogger log)
{
    private readonly Dictionary<long, FileFormat> _files = [];
    private long _lag;

    public void Process(LineBatch batch)
    {
        try
        {
            if (!_files.TryGetValue(batch.FileKey, out var format))
            {
                _files[batch.FileKey] = format = new FileFormat();
            }

            ApplyEvents(batch, format);
            if (batch.SkippedLongLines > 0)
            {
                self.CountLines(LineResult.TooLong, batch.SkippedLongLines);
                log.Warning(batch.Path, "too_long", $"skipped {batch.SkippedLongLines} line(s) longer than AccessLog:MaxLineBytes ({maxLineBytes}) before byte {batch.StartOffset}.");
            }
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

    private void ApplyEvents(LineBatch batch, FileFormat format)
    {
        if ((batch.Events & BatchEvents.Opened) != 0)
        {
            self.FilesOpened.Inc();
            if (batch.ResumeFormatState is not null)
            {
                format.Fields = W3CFieldMap.Parse(System.Text.Encoding.UTF8.GetBytes(batch.ResumeFormatState));
            }
            else if (batch.Preamble is not null)
            {
                format.Fields = LastFieldsDirective(batch.Preamble) ?? format.Fields;
            }
        }
        if ((batch.Events & BatchEvents.Truncated) != 0)
        {
            self.Truncations.Inc();
            format.Fields = null; // a rewritten file brings its own header again
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
        var position = 0;
        while (position < data.Length)
        {
            var newline = data[position..].IndexOf((byte)'\n');
            var line = data.Slice(position, newline);
            var lineStart = position;
            position += newline + 1;
            if (!line.IsEmpty && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            if (line.Length > maxLineBytes)
            {
                tooLong++;
                log.Warning(batch.Path, "too_long", $"line at byte {batch.StartOffset + lineStart} is {line.Length} bytes, over AccessLog:MaxLineBytes ({maxLineBytes}); skipped.");
                continue;
            }
            var kind = W3CLineParser.Parse(line, fields, out var entry);
            if (assumed && kind != LineKind.Directive)
            {
                (assumed, _) = (false, WarnDefaultFields(batch));
            }

            switch (kind)
            {
                case LineKind.Entry:
                    sink.Record(entry);
                    parsed++;
                    if (fields.Date >= 0 && fields.Time >= 0)
                    {
                        (lastEntry, lastEntryFields) = (lineStart, fields);
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
                        (fields, assumed) = (format.Fields = NewFields(batch, list), false);
                    }

                    break;
                default:
                    malformed++;
                    log.Warning(batch.Path, "malformed", $"line at byte {batch.StartOffset + lineStart} is malformed (invalid UTF-8, a NUL byte, or fewer columns than #Fields names: {fields.Fields}); skipped.");
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
            SetLastTimestamp(data[lastEntry..], lastEntryFields);
        }
    }

    private bool WarnDefaultFields(LineBatch batch)
    {
        log.Warning(batch.Path, "no_fields", $"no #Fields directive before byte {batch.StartOffset}; assuming ASP.NET Core's default fields: {W3CFieldMap.AspNetCoreDefaultFields}.");
        return true;
    }

    private W3CFieldMap NewFields(LineBatch batch, ReadOnlySpan<byte> list)
    {
        var fields = W3CFieldMap.Parse(list);
        if (!fields.HasRequiredFields)
        {
            log.Warning(batch.Path, "fields", $"#Fields '{fields.Fields}' lacks cs-method, cs-uri-stem or sc-status: its lines are counted malformed. Log those fields.");
        }

        return fields;
    }

    private void SetLastTimestamp(ReadOnlySpan<byte> tail, W3CFieldMap fields)
    {
        var line = tail[..Math.Max(0, tail.IndexOf((byte)'\n'))].TrimEnd((byte)'\r');
        if (W3CLineParser.Parse(line, fields, out var entry) == LineKind.Entry && W3CTimestamp.TryParse(entry.Date, entry.Time, out var seconds))
        {
            self.LastEntryTimestamp.Set(seconds);
        }
    }

    private static W3CFieldMap? LastFieldsDirective(ReadOnlySpan<byte> preamble)
    {
        W3CFieldMap? found = null;
        foreach (var range in preamble.Split((byte)'\n'))
        {
            var line = preamble[range].TrimEnd((byte)'\r');
            if (!line.IsEmpty && line[0] != (byte)'#')
            {
                break;
            }

            if (W3CLineParser.TryGetFieldList(line, out var list))
            {
                found = W3CFieldMap.Parse(list);
            }
        }
        return found;
    }

    private void UpdateLag(LineBatch batch, FileFormat format)
    {
        var lag = (batch.Events & BatchEvents.Closed) != 0 ? 0 : Math.Max(0, batch.FileLength - batch.EndOffset);
        _lag += lag - format.Lag;
        format.Lag = lag;
        self.LagBytes.Set(_lag);
        if ((batch.Events & BatchEvents.Closed) != 0)
        {
            _files.Remove(batch.FileKey);
        }
    }
}
