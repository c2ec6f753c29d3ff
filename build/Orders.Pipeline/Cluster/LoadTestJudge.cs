using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Cluster;

/// <summary>
/// LoadTest's verdict as a pure function of a <see cref="RecordedRun"/>, the same live and with --judge: the model
/// is replayed on the recorded query values at every HPA timing, its bounds derived (<see cref="VerdictBounds"/>,
/// each printed with what it came from), and the run checked on the query's plateau against the achieved rate,
/// the lowest peak against the count that rate needs, the HPA's desired replicas against the model's band,
/// the ready replicas against the bounds and through the hold, and container restarts.
/// </summary>
public static class LoadTestJudge
{
    public static ClusterVerdict Judge(RecordedRun run)
    {
        var start = RecordedRun.Start;
        var spec = run.Spec;
        var readings = run.QueryValues.Select((v, i) => KedaPrometheusValue.Read(start.AddSeconds(i), spec.FirstTrigger.Query,
            new PrometheusQueryResult("vector", v is { } x ? [new PrometheusSample(new Dictionary<string, string>(), start.AddSeconds(i), x)] : []),
            spec.FirstTrigger.IgnoreNullValues)).ToList();
        var needed = spec.ReplicasFor(run.AchievedHeldRate, run.Versions);
        var replay = ScaledObjectRun.Replay("ours", "recorded", spec, readings, start, versions: run.Versions);
        var model = ScalingRanges.Of(replay, start, run.Profile.LoadEnd, needed);
        var band = new ModelBand(replay.AllTimings, spec.HpaMinReplicas, start);
        var bounds = VerdictBounds.From(run, model, band);

        var passed = new List<string>();
        var failed = new List<string>();
        void Add((bool Passed, string Line) check) => (check.Passed ? passed : failed).Add(check.Line);

        Add(PlateauCheck.Judge(run));
        Add(model.PeakReplicas.Min == needed
            ? (true, $"lowest peak {needed} = the count the achieved {run.AchievedHeldRate:0.0}/s needs (the lowest count the HPA holds at it, threshold {spec.FirstTrigger.Threshold:0.###})")
            : (false, $"the model's lowest peak is {model.PeakReplicas.Min?.ToString() ?? "none"} but the achieved {run.AchievedHeldRate:0.0}/s needs {needed} (the lowest count the HPA holds at it, threshold {spec.FirstTrigger.Threshold:0.###}): the query does not measure the load's rate; compare its value with the load's (cluster-samples.csv, query-values.csv)"));
        Add(HpaBandCheck.Judge(run.Samples, band, start));
        if (model.PeakReplicas is { Min: { } lowest, Max: { } highest } && run.Profile.Hold is { } hold && HoldBandCheck.Judge(run.Samples, lowest, highest, start, hold.End) is { } held)
        {
            Add(held);
        }
        Add(RestartCheck.Judge(run.Pods));
        foreach (var problem in bounds.Problems)
        {
            failed.Add(problem);
        }
        var evidence = new ModelEvidence(needed, run.QueryValues, spec.FirstTrigger.Query, run.Namespace);
        var replicas = ClusterVerdict.Judge(run.Samples, model, evidence, start, run.Profile.LoadEnd, bounds.ScaleUp, bounds.ScaleDownUpper, bounds.ScaleDownLower);
        // The replica checks' own text ("PASS …" / "FAIL …") sits among the others: failures first.
        var ok = replicas.Passed && failed.Count == 0;
        var parts = replicas.Passed ? [.. failed, replicas.Message[5..], .. passed] : new[] { replicas.Message[5..] }.Concat(failed).Concat(passed).ToList();
        return new ClusterVerdict(ok, (ok ? "PASS " : "FAIL ") + string.Join("; ", parts) + "\nbounds: " + string.Join("; ", bounds.Derivations)
            + "\nmodel: " + run.Versions.Describe());
    }
}
