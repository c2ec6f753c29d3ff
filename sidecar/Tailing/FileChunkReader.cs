using System.Buffers;
using System.Threading.Channels;

namespace Orders.Exporter.Tailing;

/// <summary>
/// Reads one followed file from its offset to its end and hands on whole lines. The offset always points at
/// the start of the first line not yet handed on, so a partial last line is simply read again (from the page
/// cache) on the next poll once its newline has arrived: never counted twice, never lost, and no carry-over
/// buffer to checkpoint. A line longer than the limit is skipped up to its newline, even across polls.
/// </summary>
internal sealed class FileChunkReader(int maxLineBytes, ChannelWriter<LineBatch> output)
{
    // A buffer holds at least one line of the longest allowed length with its "\r\n".
    private readonly int _bufferSize = ArrayPool<byte>.Shared.Rent(maxLineBytes + 2).Length;

    public int BufferSize => _bufferSize;

    /// <summary>Reads what is new; returns true if any byte was consumed.</summary>
    public async ValueTask<bool> ReadAsync(TrackedFile file, long length, BatchEvents events, CancellationToken cancellationToken)
    {
        var startOffset = file.ReadOffset;
        var skippedLines = 0;
        var skippedBytes = 0L;
        while (file.ReadOffset < length)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(_bufferSize);
            var handedOn = false;
            try
            {
                var read = RandomAccess.Read(file.Handle, buffer.AsSpan(0, _bufferSize), file.ReadOffset);
                if (read == 0)
                {
                    break;
                }

                var chunk = buffer.AsSpan(0, read);
                if (file.InsideLongLine)
                {
                    var newline = chunk.IndexOf((byte)'\n');
                    var skip = newline < 0 ? read : newline + 1;
                    skippedBytes += skip;
                    file.ReadOffset += skip;
                    if (newline >= 0)
                    {
                        (file.InsideLongLine, skippedLines) = (false, skippedLines + 1);
                    }

                    continue;
                }

                var last = chunk.LastIndexOf((byte)'\n');
                if (last < 0)
                {
                    if (read <= maxLineBytes + 1)
                    {
                        break; // a partial line: wait for its newline
                    }

                    file.InsideLongLine = true;
                    skippedBytes += read;
                    file.ReadOffset += read;
                    continue;
                }

                var dataStart = file.ReadOffset;
                file.ReadOffset += last + 1;
                await output.WriteAsync(Batch(file, events, length, skippedLines, skippedBytes, buffer, last + 1, dataStart), cancellationToken);
                handedOn = true;
                (events, skippedLines, skippedBytes) = (BatchEvents.None, 0, 0);
                if (read < _bufferSize)
                {
                    break; // end of file reached: the rest is a partial line
                }
            }
            finally
            {
                if (!handedOn)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
        }

        if (events != BatchEvents.None || skippedBytes > 0)
        {
            await output.WriteAsync(Batch(file, events, length, skippedLines, skippedBytes, null, 0, file.ReadOffset), cancellationToken);
        }

        return file.ReadOffset != startOffset;
    }

    /// <summary>Reports a file that is gone and fully read.</summary>
    public ValueTask CloseAsync(TrackedFile file, CancellationToken cancellationToken) =>
        output.WriteAsync(Batch(file, BatchEvents.Closed, file.ReadOffset, 0, 0, null, 0, file.ReadOffset), cancellationToken);

    private static LineBatch Batch(TrackedFile file, BatchEvents events, long length, int skippedLines, long skippedBytes,
        byte[]? buffer, int count, long dataStart)
    {
        var batch = new LineBatch
        {
            FileKey = file.Key,
            Path = file.Path,
            Identity = file.Identity,
            Events = events,
            Buffer = buffer,
            Length = count,
            StartOffset = dataStart,
            EndOffset = file.ReadOffset,
            EndsInsideLongLine = file.InsideLongLine,
            SkippedLongLines = skippedLines,
            SkippedBytes = skippedBytes,
            FileLength = length,
            ResumeFormatState = (events & BatchEvents.Opened) != 0 ? file.ResumeFormatState : null,
            Preamble = (events & BatchEvents.Opened) != 0 ? file.Preamble : null,
        };
        if ((events & BatchEvents.Opened) != 0)
        {
            (file.ResumeFormatState, file.Preamble) = (null, null);
        }

        return batch;
    }
}
