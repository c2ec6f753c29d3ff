using Orders.Pipeline.Report;

namespace Orders.Pipeline.Cluster;

/// <summary>
/// Section 3's pass rule. Scale-up: the ready replicas reach the model's peak within the bound after the
/// model reached it (default 3 polling intervals + the pod start time). Scale-down: they are back at
/// minReplicaCount within the bound after the load ended (default: the scale-down stabilization window +
/// the pod start time, or the model's own time back to min + the pod start time if that is longer: the
/// query's rate window delays the drop and the cluster cannot beat the model).
/// It never passes on nothing: when most of the query's readings were empty, or the profile's held rate
/// needs more than min replicas yet the model never rose above min, the run fails and says what to check.
/// </summary>
public sealed record ClusterVerdict(bool Passed, string Message)
{
    public static ClusterVerdict Judge(
        IReadOnlyList<ClusterSample> samples, ScalingOutcome model, ModelEvidence evidence, DateTimeOffset start, TimeSpan loadEnd,
        TimeSpan scaleUpBound, TimeSpan scaleDownBound)
    {
        var problems = new List<string>();
        var lines = new List<string>();
        var empty = evidence.QueryValues.Count(v => v is null);
        if (evidence.QueryValues.Count == 0 || empty * 2 > evidence.QueryValues.Count)
        {
            problems.Add($"the query read nothing for {empty} of {evidence.QueryValues.Count} s ({evidence.Query}): check that Prometheus scrapes the orders pods in namespace '{evidence.Namespace}' (its targets page) and that the query's namespace matches --namespace");
        }
        if (evidence.HeldReplicas > model.Min && model.Peak <= model.Min)
        {
            problems.Add($"the held rate needs {evidence.HeldReplicas} replicas but the model never rose above min {model.Min}: the query's values stayed under the threshold; check the scrape (Prometheus targets), the query's namespace against --namespace, and that the load reached the app");
        }
        if (model.TimeToPeak is { } modelPeak)
        {
            var reached = samples.FirstOrDefault(s => s.ReadyReplicas >= model.Peak);
            if (reached is null)
            {
                problems.Add($"the ready replicas never reached the expected peak of {model.Peak} (max seen: {samples.Max(s => s.ReadyReplicas) ?? 0})");
            }
            else
            {
                var lag = reached.At - start - modelPeak;
                var line = $"peak {model.Peak}: model at {modelPeak.TotalSeconds:0} s, cluster at {(reached.At - start).TotalSeconds:0} s (lag {lag.TotalSeconds:0} s, bound {scaleUpBound.TotalSeconds:0} s)";
                (lag <= scaleUpBound ? lines : problems).Add(line);
            }
        }
        // Back at min counts only after the load ended and after the replicas went up at all.
        var peakAt = samples.FirstOrDefault(s => s.ReadyReplicas > model.Min)?.At ?? start;
        var back = samples.FirstOrDefault(s => s.At - start >= loadEnd && s.At > peakAt && s.ReadyReplicas <= model.Min);
        if (model.Peak > model.Min)
        {
            if (back is null)
            {
                problems.Add($"the ready replicas were not back at {model.Min} within {scaleDownBound.TotalSeconds:0} s after the load ended");
            }
            else
            {
                var took = back.At - start - loadEnd;
                var line = $"back to {model.Min}: {took.TotalSeconds:0} s after the load (model {(model.TimeBackToMin is { } m ? $"{m.TotalSeconds:0} s" : "-")}, bound {scaleDownBound.TotalSeconds:0} s)";
                (took <= scaleDownBound ? lines : problems).Add(line);
            }
        }
        return problems.Count == 0
            ? new ClusterVerdict(true, "PASS " + string.Join("; ", lines))
            : new ClusterVerdict(false, "FAIL " + string.Join("; ", problems.Concat(lines)));
    }
}
