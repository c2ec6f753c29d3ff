using Microsoft.Extensions.Time.Testing;
using Orders.Pipeline.Load;

namespace Orders.Pipeline.Tests.Load;

public sealed class LoadEngineTimerTests
{
    [Fact]
    public async Task Never_waits_less_than_a_timer_tick_so_a_high_rate_cannot_spin_a_core()
    {
        // 5,000 req/s for 1 s: a request every 0.2 ms, five times finer than the 1 ms timers tick in. A shorter
        // delay completes at once on a real clock, so a wait per request made the scheduler spin.
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var engine = new LoadEngine(new InstantSender(), new LoadOptions(MaxConcurrency: 10_000), clock);
        var waits = new List<TimeSpan>();
        var now = TimeSpan.Zero;
        engine.Waiting += next =>
        {
            waits.Add(next - now);
            now = next;
            clock.SetUtcNow(DateTimeOffset.UnixEpoch + next);
        };

        var result = await engine.RunAsync(LoadProfile.Parse("1s:5000"), CancellationToken.None);

        Assert.Equal(5000, result.Sent);
        Assert.All(waits, wait => Assert.True(wait >= TimeSpan.FromMilliseconds(1), $"waited {wait.TotalMilliseconds} ms"));
        Assert.InRange(waits.Count, 500, 1001);
    }
}
