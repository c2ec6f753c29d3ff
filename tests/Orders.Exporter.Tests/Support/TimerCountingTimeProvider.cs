using Microsoft.Extensions.Time.Testing;

namespace Orders.Exporter.Tests.Support;

/// <summary>A FakeTimeProvider that tells when a timer was armed: advancing the clock before the code under
/// test has armed its timer would arm it one interval too late (a flaky test on a loaded machine).</summary>
public sealed class TimerCountingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private int _timersCreated;

    /// <summary>Timers created so far (Task.Delay with this provider creates one, already armed).</summary>
    public int TimersCreated => Volatile.Read(ref _timersCreated);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        Interlocked.Increment(ref _timersCreated);
        return timer;
    }
}
