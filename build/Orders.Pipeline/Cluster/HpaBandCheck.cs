using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Cluster;

/// <summary>
/// KEDA's HPA's desired replicas at every sample against the model's band: the counts any HPA timing held from
/// one sync + 5 s (<see cref="Allowance"/>) before the sample up to it. A HPA that acts on another query (a 1m
/// window deployed instead of the manifests'), or never moves, leaves the band.
/// </summary>
public static class HpaBandCheck
{
    /// <summary>One HPA sync period plus the sampling's own 5 s.</summary>
    public static readonly TimeSpan Allowance = KubernetesDefaults.HpaSyncPeriod + TimeSpan.FromSeconds(5);

    public static (bool Passed, string Line) Judge(IReadOnlyList<ClusterSample> samples, ModelBand band, DateTimeOffset start)
    {
        var judged = samples.Where(s => s.HpaDesired is not null && s.At - start >= TimeSpan.Zero && s.At - start <= band.Horizon).ToList();
        var outside = new List<string>();
        foreach (var sample in judged)
        {
            var at = sample.At - start;
            var (low, high) = band.Over(at - Allowance, at);
            if (sample.HpaDesired < low || sample.HpaDesired > high)
            {
                outside.Add($"{sample.HpaDesired} at {at.TotalSeconds:0} s (model {low}..{high} over {Math.Max(0, (at - Allowance).TotalSeconds):0}..{at.TotalSeconds:0} s)");
            }
        }
        var derived = $"every HPA timing of the model, one sync + 5 s = {Allowance.TotalSeconds:0} s allowed";
        if (judged.Count == 0)
        {
            return (false, $"HPA desired replicas: no sample read them ({derived}); check that KEDA created its HPA (kubectl get hpa)");
        }
        var (modelLow, modelHigh) = band.Over(TimeSpan.Zero, band.Horizon);
        if (outside.Count > 0 && judged.All(s => s.HpaDesired == judged[0].HpaDesired) && modelHigh > modelLow)
        {
            return (false, $"the HPA never moved: desired stayed {judged[0].HpaDesired} over {judged.Count} samples while the model went {modelLow}..{modelHigh} ({derived}): check that KEDA serves the metric (kubectl get apiservice v1beta1.external.metrics.k8s.io), the HPA's events (kubectl describe hpa) and KEDA's operator log");
        }
        return outside.Count == 0
            ? (true, $"HPA desired within the model's band at all {judged.Count} samples ({derived})")
            : (false, $"HPA desired outside the model's band at {outside.Count} of {judged.Count} samples, first {outside[0]} ({derived}): the HPA acts on something other than the modelled query; compare the deployed ScaledObject (kubectl get scaledobject -o yaml) with the manifests, and check KEDA's operator log");
    }
}
