namespace Orders.Pipeline.Scaling;

/// <summary>
/// Replays a ScaledObject once per HPA timing. A real HPA syncs every <see cref="KubernetesDefaults.HpaSyncPeriod"/> at an offset nobody chooses (when the
/// controller started), and a 1-minute rate seen at second 7 or at second 12 of a step can land on either side
/// of the tolerance: one timing would make a lucky or unlucky figure look certain. So the model runs with its
/// first sync (and KEDA's first poll, its loop starting with the ScaledObject) at every whole-second offset
/// from 0 to the sync period, each reading the query's value at its own instants. The readings are given per
/// second from <c>start</c> (step = <paramref name="step"/>); an instant between two readings takes the earlier.
/// </summary>
public static class ScalingTimings
{
    public static IReadOnlyList<IReadOnlyList<ModelStep>> Run(
        ScaledObjectSpec spec, IReadOnlyList<MetricReading> readings, DateTimeOffset start, TimeSpan? step = null, int? initialReplicas = null,
        ModelVersions? versions = null) =>
        Each(spec, readings, start, step, initialReplicas, versions).ToList();

    /// <summary>The same timelines, one at a time: a caller that digests each timing before asking for the next
    /// holds one timeline in memory instead of fifteen (a week's replay, issue 24).</summary>
    public static IEnumerable<IReadOnlyList<ModelStep>> Each(
        ScaledObjectSpec spec, IReadOnlyList<MetricReading> readings, DateTimeOffset start, TimeSpan? step = null, int? initialReplicas = null,
        ModelVersions? versions = null)
    {
        var every = step ?? TimeSpan.FromSeconds(1);
        var end = start + every * Math.Max(0, readings.Count - 1);
        for (var offset = TimeSpan.Zero; offset < KubernetesDefaults.HpaSyncPeriod; offset += TimeSpan.FromSeconds(1))
        {
            var clock = new ReplayClock(start + offset);
            var model = new ScalingModel(spec, clock, initialReplicas, versions: versions);
            var steps = new List<ModelStep>();
            foreach (var (at, isPoll) in ScalingReplay.Events(start + offset, end, spec.Polling))
            {
                clock.Now = at;
                var index = Math.Min(readings.Count - 1, (int)Math.Floor((at - start) / every));
                var reading = readings[index] with { At = at };
                steps.Add(isPoll ? model.PollKeda(reading) : model.SyncHpa(reading));
            }
            yield return steps;
        }
    }
}
