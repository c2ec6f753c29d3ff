using Microsoft.Extensions.Time.Testing;

namespace Orders.App.Tests.Infrastructure;

/// <summary>
/// A FakeTimeProvider whose wall clock can also be stepped back, as NTP does to a real one (FakeTimeProvider
/// refuses to go back in time); timestamps and timers stay monotonic.
/// </summary>
public sealed class SteppingClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private TimeSpan _step;

    public void StepWallClock(TimeSpan by) => _step += by;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _step;
}
