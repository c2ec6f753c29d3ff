namespace Orders.Pipeline.Scaling;

/// <summary>
/// Replays a ScaledObject once per HPA timing. A real HPA syncs every <see cref="KubernetesDefaults.HpaSyncPeriod"/> at an offset nobody chooses (when the
/// controller started), and a 1-minute rate seen at second 7 or at second 12 of a step can land on either side
/// of the tolerance: one timing would make a lucky or unlucky figure look certain. So the model runs with its
/// first sync (and KEDA's first poll, its loop starting with the ScaledObject) at every whole-second offset
/// from 0 to the sync period, each reading the query's value at its own instants. The readings are given per
/// second from <c>start</c> (step = <paramref name="step"/>), one list per trigger; an instant between two readings
/// takes the earlier.
/// </summary>
public static class ScalingTimings
{
    /// <summary>A ScaledObject with one trigger, <paramref name="readings"/> its query's.</summary>
    /// <exception cref="ArgumentException">The ScaledObject has several triggers: pass one list per trigger.</exception>
    public static IReadOnlyList<IReadOnlyList<ModelStep>> Run(
        ScaledObjectSpec spec, IReadOnlyList<MetricReading> readings, DateTimeOffset start, TimeSpan? step = null, int? initialReplicas = null,
        ModelVersions? versions = null) =>
        Each(spec, [readings], start, step, initialReplicas, versions).ToList();

    /// <param name="perTrigger">Each trigger's readings (by trigger index), all of the same length.</param>
    public static IReadOnlyList<IReadOnlyList<ModelStep>> Run(
        ScaledObjectSpec spec, IReadOnlyList<IReadOnlyList<MetricReading>> perTrigger, DateTimeOffset start, TimeSpan? step = null, int? initialReplicas = null,
        ModelVersions? versions = null) =>
        Each(spec, perTrigger, start, step, initialReplicas, versions).ToList();

    /// <summary>The same timelines, one at a time: a caller that digests each timing before asking for the next
    /// holds one timeline in memory instead of fifteen (a week's replay, issue 24).</summary>
    /// <param name="perTrigger">Each trigger's readings (by trigger index), all of the same length.</param>
    public static IEnumerable<IReadOnlyList<ModelStep>> Each(
        ScaledObjectSpec spec, IReadOnlyList<IReadOnlyList<MetricReading>> perTrigger, DateTimeOffset start, TimeSpan? step = null, int? initialReplicas = null,
        ModelVersions? versions = null)
    {
        // Checked here, not in the iterator, so a caller learns of it when it asks, not on its first MoveNext.
        if (perTrigger.Count != spec.Triggers.Count || perTrigger.Any(r => r.Count != perTrigger[0].Count))
        {
            throw new ArgumentException($"ScaledObject '{spec.Name}' has {spec.Triggers.Count} triggers; give one list of readings per trigger, all as long.", nameof(perTrigger));
        }
        return Timelines(spec, perTrigger, start, step ?? TimeSpan.FromSeconds(1), initialReplicas, versions);
    }

    private static IEnumerable<IReadOnlyList<ModelStep>> Timelines(
        ScaledObjectSpec spec, IReadOnlyList<IReadOnlyList<MetricReading>> perTrigger, DateTimeOffset start, TimeSpan every, int? initialReplicas,
        ModelVersions? versions)
    {
        var count = perTrigger[0].Count;
        var end = start + every * Math.Max(0, count - 1);
        for (var offset = TimeSpan.Zero; offset < KubernetesDefaults.HpaSyncPeriod; offset += TimeSpan.FromSeconds(1))
        {
            var clock = new ReplayClock(start + offset);
            var model = new ScalingModel(spec, clock, initialReplicas, versions: versions);
            var steps = new List<ModelStep>();
            foreach (var (at, isPoll) in ScalingReplay.Events(start + offset, end, spec.Polling))
            {
                clock.Now = at;
                var index = Math.Min(count - 1, (int)Math.Floor((at - start) / every));
                var now = new MetricReading[perTrigger.Count];
                for (var t = 0; t < now.Length; t++)
                {
                    now[t] = perTrigger[t][index] with { At = at };
                }
                steps.Add(isPoll ? model.PollKeda(now) : model.SyncHpa(now));
            }
            yield return steps;
        }
    }
}
