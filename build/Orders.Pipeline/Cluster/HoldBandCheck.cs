namespace Orders.Pipeline.Cluster;

/// <summary>
/// Once the ready replicas reached the model's lowest peak, they stay within the model's peaks until the hold
/// ends: a pod that stops being ready (a crash, a failing probe) or an extra scale shows here.
/// </summary>
public static class HoldBandCheck
{
    public static (bool Passed, string Line)? Judge(IReadOnlyList<ClusterSample> samples, int lowest, int highest, DateTimeOffset start, TimeSpan holdEnd)
    {
        var reached = samples.FirstOrDefault(s => s.ReadyReplicas >= lowest);
        if (reached is null || reached.At - start > holdEnd)
        {
            return null;
        }
        var during = samples.Where(s => s.At >= reached.At && s.At - start <= holdEnd && s.ReadyReplicas is not null).ToList();
        var derived = $"{during.Count} samples from {(reached.At - start).TotalSeconds:0} s, when it reached {lowest}, to the hold's end at {holdEnd.TotalSeconds:0} s";
        var off = during.FirstOrDefault(s => s.ReadyReplicas < lowest || s.ReadyReplicas > highest);
        return off is null
            ? (true, $"ready held {lowest}..{highest} during the hold ({derived})")
            : (false, $"ready replicas {off.ReadyReplicas} at {(off.At - start).TotalSeconds:0} s left the band {lowest}..{highest} during the hold ({derived}): check kubectl get pods and kubectl describe pod for failing probes or restarts");
    }
}
