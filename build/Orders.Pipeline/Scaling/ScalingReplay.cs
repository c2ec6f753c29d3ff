namespace Orders.Pipeline.Scaling;

/// <summary>
/// The instants of a replay: every KEDA poll and HPA sync between start and end, in time order (a poll before a
/// sync at the same instant), both loops starting at the first instant. <see cref="ScalingTimings"/> runs the
/// model on them once per HPA timing.
/// </summary>
public static class ScalingReplay
{
    /// <summary>Poll and sync instants, both loops starting at <paramref name="start"/>.</summary>
    public static IEnumerable<(DateTimeOffset At, bool IsPoll)> Events(DateTimeOffset start, DateTimeOffset end, TimeSpan polling)
    {
        var nextPoll = start;
        var nextSync = start;
        while (nextPoll <= end || nextSync <= end)
        {
            if (nextPoll <= nextSync && nextPoll <= end)
            {
                yield return (nextPoll, true);
                nextPoll += polling;
            }
            else
            {
                yield return (nextSync, false);
                nextSync += KubernetesDefaults.HpaSyncPeriod;
            }
        }
    }
}
