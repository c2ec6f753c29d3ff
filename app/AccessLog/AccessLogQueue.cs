using System.Threading.Channels;

namespace Orders.App.AccessLog;

/// <summary>
/// The one channel between the requests that produce lines and the writer that stores them. Bounded in
/// bytes (the line buffers it holds), and full means wait: a request whose line finds no room awaits it
/// asynchronously (no thread blocks, no line is dropped), which slows clients down to what the disk can take
/// instead of growing memory without end. Bytes, not lines: a line can be up to W3CLineFormatter.MaxLineBytes,
/// and a bound in lines alone let a client fill hundreds of MB with long ones.
/// </summary>
public sealed class AccessLogQueue
{
    /// <summary>
    /// 8,192 ordinary lines (a 512-byte buffer each): room for a burst of over 150 ms at full speed (50,000
    /// requests/s) while the writer pauses between writes; ~1,400 lines of the longest kind.
    /// </summary>
    public const int MaxQueuedBytes = 8_192 * LineBuffers.Size;

    private readonly Channel<AccessLogLine> _channel = Channel.CreateUnbounded<AccessLogLine>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = false });
    private readonly Lock _gate = new();
    private long _queuedBytes;
    private bool _completed;
    // Replaced only when someone waits for room, so the steady state allocates nothing per line.
    private TaskCompletionSource? _roomFreed;

    /// <summary>The bytes of line buffers queued now; at most <see cref="MaxQueuedBytes"/> (or one line when empty).</summary>
    public long QueuedBytes
    {
        get
        {
            lock (_gate)
            {
                return _queuedBytes;
            }
        }
    }

    /// <summary>Completes when lines are waiting (true) or the queue is completed and empty (false).</summary>
    public ValueTask<bool> WaitForLinesAsync() => _channel.Reader.WaitToReadAsync();

    /// <summary>True once the queue is completed and every line has been taken.</summary>
    public bool IsDrained => _channel.Reader.Completion.IsCompleted;

    /// <summary>False if the queue was already completed (the host stopped while this request still ran).</summary>
    public async ValueTask<bool> EnqueueAsync(AccessLogLine line)
    {
        while (true)
        {
            Task roomFreed;
            lock (_gate)
            {
                if (_completed)
                {
                    line.Return();
                    return false;
                }
                // An empty queue takes any line, so one longer than the bound cannot wait forever.
                if (_queuedBytes == 0 || _queuedBytes + line.BufferBytes <= MaxQueuedBytes)
                {
                    _queuedBytes += line.BufferBytes;
                    _channel.Writer.TryWrite(line);
                    return true;
                }
                _roomFreed ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                roomFreed = _roomFreed.Task;
            }
            await roomFreed;
        }
    }

    /// <summary>Takes the oldest line, freeing its room; the caller writes it and then returns its buffer.</summary>
    public bool TryTake(out AccessLogLine line)
    {
        if (!_channel.Reader.TryRead(out line))
        {
            return false;
        }
        TaskCompletionSource? waiting;
        lock (_gate)
        {
            _queuedBytes -= line.BufferBytes;
            waiting = _roomFreed;
            _roomFreed = null;
        }
        waiting?.TrySetResult();
        return true;
    }

    /// <summary>No more lines: the writer drains what is queued and ends; requests waiting for room are refused.</summary>
    public void Complete()
    {
        TaskCompletionSource? waiting;
        lock (_gate)
        {
            _completed = true;
            _channel.Writer.TryComplete();
            waiting = _roomFreed;
            _roomFreed = null;
        }
        waiting?.TrySetResult();
    }
}
