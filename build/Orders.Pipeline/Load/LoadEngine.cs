namespace Orders.Pipeline.Load;

/// <summary>
/// Runs a <see cref="LoadProfile"/> as an open model: each request leaves at its scheduled time whether or not
/// earlier ones have returned, so a slow server shows up as latency and errors, never as a lower rate. When
/// the scheduler wakes late (a busy machine) it sends every request that is due at once, and latency is
/// measured from the scheduled time, not the actual one (wrk2's correction for coordinated omission).
/// Time comes from a <see cref="TimeProvider"/>, so tests drive the schedule with a fake clock.
/// </summary>
public sealed class LoadEngine(IRequestSender sender, LoadOptions options, TimeProvider time, TextWriter? live = null)
{
    private static readonly TimeSpan TimerResolution = TimeSpan.FromMilliseconds(1);

    private readonly LoadRecorder _recorder = new();
    private int _inFlight;
    private long _outstanding;
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _start;
    private long _due;

    /// <summary>Raised each time the scheduler is about to wait, with the elapsed time it waits for; tests
    /// use it to advance a fake clock exactly when the engine is idle.</summary>
    public event Action<TimeSpan>? Waiting;

    /// <summary>Requests currently in flight.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Requests whose scheduled time has come so far: sent plus dropped.</summary>
    public long Due => Interlocked.Read(ref _due);

    public async Task<LoadResult> RunAsync(LoadProfile profile, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        _start = time.GetTimestamp();
        _outstanding = 1; // the scheduler itself, released when it has sent everything
        using var sendTimes = profile.SendTimes(options.ArrivalProcess).GetEnumerator();
        var hasNext = sendTimes.MoveNext();
        var reported = 0;
        var totalSeconds = (int)Math.Ceiling(profile.Duration.TotalSeconds);
        try
        {
            while (true)
            {
                var now = time.GetElapsedTime(_start);
                while (hasNext && sendTimes.Current <= now)
                {
                    Launch(sendTimes.Current, now, cancellationToken);
                    hasNext = sendTimes.MoveNext();
                }
                while (reported < totalSeconds && TimeSpan.FromSeconds(reported + 1) <= now)
                {
                    live?.WriteLine(_recorder.Summarize(reported, TargetRate(profile, reported)).ToLiveLine());
                    reported++;
                }
                if (!hasNext && reported >= totalSeconds)
                {
                    break;
                }
                var next = TimeSpan.FromSeconds(reported + 1);
                if (hasNext && sendTimes.Current < next)
                {
                    next = sendTimes.Current;
                }
                // Timers count whole milliseconds: a delay of 0.99 ms truncates to 0 and completes at once, so
                // the loop spun on the clock (70% of the engine's CPU at 2,000 req/s). Every wait is at least
                // one tick; waking up to a tick late is harmless: what is due then leaves at once, and latency
                // still runs from the scheduled time.
                var idleFrom = time.GetElapsedTime(_start);
                if (next > idleFrom && next - idleFrom < TimerResolution)
                {
                    next = idleFrom + TimerResolution;
                }
                Waiting?.Invoke(next);
                var wait = next - time.GetElapsedTime(_start);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait < TimerResolution ? TimerResolution : wait, time, cancellationToken);
                }
            }
        }
        finally
        {
            Release();
        }
        await _drained.Task.WaitAsync(cancellationToken);

        var seconds = Enumerable.Range(0, Math.Max(totalSeconds, _recorder.Seconds))
            .Select(s => _recorder.Summarize(s, TargetRate(profile, s)))
            .ToList();
        return new LoadResult(startedAt, Due, seconds) { Latencies = _recorder.Latencies() }; // Due = profile.TotalRequests for constant arrivals
    }

    /// <summary>The seconds recorded so far, for the report of a run stopped in the middle of the load.</summary>
    public LoadResult SoFar(DateTimeOffset startedAt, LoadProfile profile) =>
        new(startedAt, Due, [.. Enumerable.Range(0, _recorder.Seconds).Select(s => _recorder.Summarize(s, TargetRate(profile, s)))]);

    private static double TargetRate(LoadProfile profile, int second) =>
        profile.ScheduledBy(TimeSpan.FromSeconds(second + 1)) - profile.ScheduledBy(TimeSpan.FromSeconds(second));

    /// <summary>Sends (or drops) one request: counted by the second it actually left in, so the achieved
    /// rate shows a scheduler that fell behind; latency still runs from the scheduled time.</summary>
    private void Launch(TimeSpan scheduled, TimeSpan now, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _due);
        if (Interlocked.Increment(ref _inFlight) > options.MaxConcurrency)
        {
            Interlocked.Decrement(ref _inFlight);
            _recorder.Dropped(now);
            return;
        }
        _recorder.Sent(now);
        Interlocked.Increment(ref _outstanding);
        _ = SendAsync(scheduled, cancellationToken);
    }

    private async Task SendAsync(TimeSpan scheduled, CancellationToken cancellationToken)
    {
        RequestOutcome outcome;
        try
        {
            outcome = await sender.SendAsync(cancellationToken);
        }
        catch (Exception)
        {
            // A sender bug or the run's cancellation: count the request as failed rather than leave the
            // run waiting forever for a completion that never comes.
            outcome = RequestOutcome.Failed;
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
        var completed = time.GetElapsedTime(_start);
        _recorder.Completed(completed, outcome, completed - scheduled);
        Release();
    }

    private void Release()
    {
        if (Interlocked.Decrement(ref _outstanding) == 0)
        {
            _drained.TrySetResult();
        }
    }
}
