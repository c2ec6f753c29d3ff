using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Replay;

/// <summary>
/// What a replay found: the range read, the load window the figures count from, the scrape intervals (when
/// Prometheus said), and each ScaledObject replayed at every HPA timing. The right count is the one the first
/// ScaledObject's highest reading asks for (its value over its threshold, within its min..max), the replay's
/// stand-in for Local's "the profile's peak rate needs N".
/// </summary>
public sealed record ReplayReport(ReplayOptions Options, LoadWindow Load, PrometheusScrapeInterval? Scrape, IReadOnlyList<ScaledObjectRun> Runs)
{
    /// <summary>Whole seconds from the range's start to its end, both included.</summary>
    public int Seconds => (int)(Options.End - Options.Start).TotalSeconds + 1;

    public int RightReplicas
    {
        get
        {
            var peak = Runs[0].QueryValues.Where(v => v is { } x && double.IsFinite(x)).Select(v => v!.Value).DefaultIfEmpty(0).Max();
            return Runs[0].RightReplicasFor(peak);
        }
    }

    public ScalingRanges Ranges(ScaledObjectRun run) => ScalingRanges.Of(run, Load.Start, Load.End - Load.Start, RightReplicas);

    public ReplicaBand Band(ScaledObjectRun run) => ReplicaBand.Of(run, Options.Start, Seconds);

    /// <summary>When KEDA's fallback was in force, seconds from the range's start (as in timeline.csv).</summary>
    public FallbackPeriods Fallback(ScaledObjectRun run) => FallbackPeriods.Of(run, Options.Start, Seconds);

    public IReadOnlyList<string> Warnings(ScaledObjectRun run)
    {
        var warnings = ScalingWarnings.For(run.Spec, Ranges(run), Scrape?.For(run.Spec.Trigger.Query)).ToList();
        if (Scrape is null)
        {
            warnings.Add("the scrape interval is unknown (/api/v1/status/config did not answer), so the query's window was not checked against it.");
        }
        return warnings;
    }

    /// <summary>The query's value in force at <paramref name="second"/> after the range's start (the step's reading).</summary>
    public double? ValueAt(ScaledObjectRun run, int second)
    {
        var index = (int)(TimeSpan.FromSeconds(second) / Options.Step);
        return index < run.QueryValues.Count ? run.QueryValues[index] : null;
    }
}
