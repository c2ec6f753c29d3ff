namespace Orders.Exporter.Hosting;

/// <summary>
/// What /healthz and /readyz report: ready after the first scan; unhealthy once the tailer or the consumer
/// died, or while the tailer has not completed a poll for AccessLog:StallAfter (stuck on a file or on a full
/// channel: the liveness probe then restarts it instead of leaving the metric frozen).
/// </summary>
public sealed class ExporterHealth(TimeProvider time, TimeSpan stallAfter)
{
    private volatile bool _ready;
    private volatile Exception? _failure;
    private long _lastPoll = time.GetTimestamp();

    /// <summary>No stall detection (one-shot runs, tests of the endpoints).</summary>
    public ExporterHealth()
        : this(TimeProvider.System, Timeout.InfiniteTimeSpan)
    {
    }

    public bool Ready => _ready && _failure is null;

    /// <summary>Why the exporter is unhealthy, or null.</summary>
    public Exception? Failure => _failure ?? Stall();

    public void MarkReady() => _ready = true;

    /// <summary>The tailer completed a poll.</summary>
    public void MarkPolled() => Interlocked.Exchange(ref _lastPoll, time.GetTimestamp());

    /// <summary>The first failure wins: it is the cause, later ones (the tailer finding the channel closed) follow from it.</summary>
    public void MarkDied(Exception failure) => Interlocked.CompareExchange(ref _failure, failure, null);

    private TimeoutException? Stall()
    {
        if (stallAfter == Timeout.InfiniteTimeSpan)
        {
            return null;
        }

        var quiet = time.GetElapsedTime(Interlocked.Read(ref _lastPoll));
        return quiet > stallAfter
            ? new TimeoutException($"the tailer has not completed a poll for {quiet.TotalSeconds:0} s, over AccessLog:StallAfter ({stallAfter})")
            : null;
    }
}
