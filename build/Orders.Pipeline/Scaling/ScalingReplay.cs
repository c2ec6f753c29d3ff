namespace Orders.Pipeline.Scaling;

/// <summary>
/// Runs the model over a finished window: every KEDA poll and HPA sync between start and end, in time
/// order (a poll before a sync at the same instant), each reading the query as Prometheus answers it for
/// that instant (<c>/api/v1/query?time=</c>). Replaying rather than running live lets several
/// ScaledObjects be judged on exactly the same data.
/// </summary>
public static class ScalingReplay
{
    public delegate Task<MetricReading> MetricSource(DateTimeOffset at, CancellationToken cancellationToken);

    public static async Task<IReadOnlyList<ModelStep>> RunAsync(
        ScaledObjectSpec spec, MetricSource source, DateTimeOffset start, DateTimeOffset end,
        CancellationToken cancellationToken, int? initialReplicas = null)
    {
        var clock = new ReplayClock(start);
        var model = new ScalingModel(spec, clock, initialReplicas);
        var steps = new List<ModelStep>();
        foreach (var (at, isPoll) in Events(start, end, spec.Polling))
        {
            clock.Now = at;
            var reading = await source(at, cancellationToken);
            steps.Add(isPoll ? model.PollKeda(reading) : model.SyncHpa(reading));
        }
        return steps;
    }

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
                nextSync += ScalingModel.HpaSyncPeriod;
            }
        }
    }
}
