using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Cluster;

/// <summary>
/// Section 3's pass rule, judged against the model's band over every HPA timing (a real HPA syncs at an offset
/// nobody chooses, so no single timing is "the" expectation). Scale-up: the ready replicas reach the lowest peak
/// any timing gives, never exceed the highest, and get there before the scale-up deadline
/// (<see cref="ScaleUpDeadline"/>, counted from the load's start). Scale-down: they are back at minReplicaCount
/// within the bound after the load ended (default: the scale-down stabilization window + the pod start time, or
/// the slowest timing's time back to min + the pod start time if that is longer).
/// It never passes on nothing: when most of the query's readings were empty, or the profile's held rate
/// needs more than min replicas yet the model never rose above min, the run fails and says what to check.
/// </summary>
public sealed record ClusterVerdict(bool Passed, string Message)
{
    /// <summary>
    /// When the ready replicas must have reached the peak, from the load's start: the held rate starts at
    /// <paramref name="heldAt"/>; the query's window then fills (<paramref name="window"/>), its last sample may be
    /// scraped one <paramref name="scrapeInterval"/> late, the HPA acts at its next sync (at most one sync period)
    /// and the new pods take <paramref name="podStart"/> to be ready. pollingInterval plays no part: with
    /// minReplicaCount >= 1 it only drives KEDA's activation.
    /// </summary>
    public static TimeSpan ScaleUpDeadline(TimeSpan heldAt, TimeSpan window, TimeSpan scrapeInterval, TimeSpan podStart) =>
        heldAt + window + scrapeInterval + KubernetesDefaults.HpaSyncPeriod + podStart;

    /// <summary>When the profile first reaches its highest rate (the end of the ramp up to it).</summary>
    public static TimeSpan HeldAt(Orders.Pipeline.Load.LoadProfile profile)
    {
        var peak = profile.Stages.Max(s => Math.Max(s.FromRate, s.ToRate));
        var at = TimeSpan.Zero;
        foreach (var stage in profile.Stages)
        {
            if (stage.FromRate >= peak)
            {
                return at;
            }
            at += stage.Duration;
            if (stage.ToRate >= peak)
            {
                return at;
            }
        }
        return at;
    }

    public static ClusterVerdict Judge(
        IReadOnlyList<ClusterSample> samples, ScalingRanges model, ModelEvidence evidence, DateTimeOffset start, TimeSpan loadEnd,
        TimeSpan scaleUpDeadline, TimeSpan scaleDownBound)
    {
        var problems = new List<string>();
        var lines = new List<string>();
        var min = model.MinReplicas;
        var empty = evidence.QueryValues.Count(v => v is null);
        if (evidence.QueryValues.Count == 0 || empty * 2 > evidence.QueryValues.Count)
        {
            problems.Add($"the query read nothing for {empty} of {evidence.QueryValues.Count} s ({evidence.Query}): check that Prometheus scrapes the orders pods in namespace '{evidence.Namespace}' (its targets page) and that the query's namespace matches --namespace");
        }
        if (evidence.HeldReplicas > min && model.PeakReplicas.Max <= min)
        {
            problems.Add($"the held rate needs {evidence.HeldReplicas} replicas but the model never rose above min {min}: the query's values stayed under the threshold; check the scrape (Prometheus targets), the query's namespace against --namespace, and that the load reached the app");
        }
        var maxSeen = samples.Max(s => s.ReadyReplicas) ?? 0;
        if (model.PeakReplicas is { Min: { } lowest, Max: { } highest } && model.SecondsToPeak.Min is not null)
        {
            var reached = samples.FirstOrDefault(s => s.ReadyReplicas >= lowest);
            if (reached is null)
            {
                problems.Add($"the ready replicas never reached the expected peak of {lowest} (max seen: {maxSeen})");
            }
            else
            {
                var at = reached.At - start;
                var slowest = model.SecondsToPeak.Max is { } s ? $"lag {at.TotalSeconds - s:0} s after the slowest HPA timing" : "some HPA timings never got there";
                var line = $"peak {model.PeakReplicas.Text()}: model at {model.SecondsToPeak.Text(" s")}, cluster {lowest} at {at.TotalSeconds:0} s ({slowest}; deadline {scaleUpDeadline.TotalSeconds:0} s)";
                (at <= scaleUpDeadline ? lines : problems).Add(line);
            }
            if (maxSeen > highest)
            {
                problems.Add($"the ready replicas reached {maxSeen}, more than any HPA timing of the model gives ({highest}): check what else scales the Deployment (another HPA, a manual scale) and the query KEDA really runs");
            }
        }
        // Back at min counts only after the load ended and after the replicas went up at all.
        var peakAt = samples.FirstOrDefault(s => s.ReadyReplicas > min)?.At ?? start;
        var back = samples.FirstOrDefault(s => s.At - start >= loadEnd && s.At > peakAt && s.ReadyReplicas <= min);
        if (model.PeakReplicas.Max > min)
        {
            if (back is null)
            {
                problems.Add($"the ready replicas were not back at {min} within {scaleDownBound.TotalSeconds:0} s after the load ended");
            }
            else
            {
                var took = back.At - start - loadEnd;
                var line = $"back to {min}: {took.TotalSeconds:0} s after the load (model {model.SecondsBackToMin.Text(" s", "-")}, bound {scaleDownBound.TotalSeconds:0} s)";
                (took <= scaleDownBound ? lines : problems).Add(line);
            }
        }
        return problems.Count == 0
            ? new ClusterVerdict(true, "PASS " + string.Join("; ", lines))
            : new ClusterVerdict(false, "FAIL " + string.Join("; ", problems.Concat(lines)));
    }
}
