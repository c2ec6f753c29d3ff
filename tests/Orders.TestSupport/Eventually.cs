using System.Diagnostics;

namespace Orders.TestSupport;

/// <summary>
/// Polls a condition on a real process (which has no fake clock to drive) until it holds or the deadline
/// passes. In-process code is driven by a FakeTimeProvider or an event instead.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition, TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < deadline)
        {
            if (await condition())
            {
                return true;
            }
            await Task.Delay(Interval);
        }
        return await condition();
    }
}
