using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Cluster;

/// <summary>
/// The ready replicas against the model's band over every HPA timing (a real HPA syncs at an offset nobody
/// chooses, so no single timing is "the" expectation). Scale-up: they reach the lowest peak any timing gives,
/// never exceed the highest, and get there by the scale-up deadline (<see cref="ScaleUpDeadline"/>). Scale-down:
/// after the load ended they are back at minReplicaCount, with the HPA asking for min too (pods that crash are
/// not "back"), no sooner than the floor and no later than the bound (<see cref="LoadTestJudge"/> derives both).
/// It never passes on nothing: when most of the query's readings were empty, or the held rate needs more than
/// min replicas yet the model never rose above min, the run fails and says what to check.
/// </summary>
public sealed record ClusterVerdict(bool Passed, string Message)
{
    /// <summary>
    /// When the ready replicas must have reached the lowest peak, from the load's start: when the model's slowest
    /// HPA timing got there (<paramref name="slowestModel"/>: it already contains the query's window, the scrape
    /// and the HPA's sync), plus the pod start this cluster measured, plus one sampling interval.
    /// </summary>
    public static TimeSpan ScaleUpDeadline(TimeSpan slowestModel, TimeSpan podStart) => slowestModel + podStart + ClusterVerb.SampleEvery;

    public static ClusterVerdict Judge(
        IReadOnlyList<ClusterSample> samples, ScalingRanges model, ModelEvidence evidence, DateTimeOffset start, TimeSpan loadEnd,
        TimeSpan scaleUpDeadline, TimeSpan scaleDownBound, TimeSpan? scaleDownFloor = null)
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
        var back = samples.FirstOrDefault(s => s.At - start >= loadEnd && s.At > peakAt && s.ReadyReplicas <= min && (s.HpaDesired is null || s.HpaDesired <= min));
        // Never above min at all: the peak's failure says so, and "back" would mean nothing.
        if (model.PeakReplicas.Max > min && samples.Any(s => s.ReadyReplicas > min))
        {
            if (back is null)
            {
                problems.Add($"the ready replicas were not back at {min} within {scaleDownBound.TotalSeconds:0} s after the load ended");
            }
            else
            {
                var took = back.At - start - loadEnd;
                var floor = scaleDownFloor ?? TimeSpan.Zero;
                var line = $"back to {min}: {took.TotalSeconds:0} s after the load (model {model.SecondsBackToMin.Text(" s", "-")}, bound {floor.TotalSeconds:0}..{scaleDownBound.TotalSeconds:0} s)";
                (took <= scaleDownBound && took >= floor ? lines : problems).Add(line);
            }
        }
        return problems.Count == 0
            ? new ClusterVerdict(true, "PASS " + string.Join("; ", lines))
            : new ClusterVerdict(false, "FAIL " + string.Join("; ", problems.Concat(lines)));
    }
}
