using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Cluster;

/// <summary>
/// The ready replicas' time bounds, each with what it was derived from: scale-up by the model's slowest HPA
/// timing to the lowest peak + the pod start measured from the pods' conditions + one sample; scale-down
/// between the fastest timing back to min less one sample and the slowest plus one sync + 5 s (a pod that
/// stops is unready at once, so no pod start). --scale-up-bound / --scale-down-bound replace the upper bounds.
/// </summary>
public sealed record VerdictBounds(TimeSpan ScaleUp, TimeSpan ScaleDownLower, TimeSpan ScaleDownUpper, IReadOnlyList<string> Derivations, IReadOnlyList<string> Problems)
{
    public static VerdictBounds From(RecordedRun run, ScalingRanges model, ModelBand band)
    {
        var derivations = new List<string>();
        var problems = new List<string>();
        var sample = ClusterVerb.SampleEvery;
        var podStart = PodStartTime.Of(run.Pods);
        var slowest = model.PeakReplicas.Min is { } lowest ? band.SlowestTo(lowest) : null;
        TimeSpan up;
        if (run.ScaleUpBound is { } given)
        {
            up = given;
            derivations.Add($"scale-up deadline {up.TotalSeconds:0} s (--scale-up-bound)");
        }
        else
        {
            up = ClusterVerdict.ScaleUpDeadline(slowest ?? TimeSpan.Zero, podStart?.Value ?? TimeSpan.Zero);
            derivations.Add($"scale-up deadline {up.TotalSeconds:0} s = the slowest HPA timing reaches {model.PeakReplicas.Min} at {(slowest ?? TimeSpan.Zero).TotalSeconds:0} s + {podStart?.DerivedFrom ?? "pod start 0 s (no pod recorded)"} + {sample.TotalSeconds:0} s sampling");
            if (podStart is null && model.PeakReplicas.Max > model.MinReplicas)
            {
                problems.Add("no pod's PodScheduled->Ready was recorded, so the scale-up deadline has no pod start: check that kubectl get pods -l <the Deployment's selector> works (pods.csv)");
            }
        }
        var allowance = HpaBandCheck.Allowance;
        var fastest = TimeSpan.FromSeconds(model.SecondsBackToMin.Min ?? 0);
        var slowestDown = TimeSpan.FromSeconds(model.SecondsBackToMin.Max ?? 0);
        var lower = fastest - sample > TimeSpan.Zero ? fastest - sample : TimeSpan.Zero;
        var upper = run.ScaleDownBound ?? slowestDown + allowance;
        derivations.Add($"scale-down {lower.TotalSeconds:0}..{upper.TotalSeconds:0} s after the load = the fastest HPA timing back at {fastest.TotalSeconds:0} s - {sample.TotalSeconds:0} s sampling .. "
            + (run.ScaleDownBound is null ? $"the slowest at {slowestDown.TotalSeconds:0} s + one sync + 5 s" : "--scale-down-bound"));
        return new VerdictBounds(up, lower, upper, derivations, problems);
    }
}
