using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Replay;

/// <summary>
/// What a replay found: the range read, the load window the step figures count from (where the range holds a step),
/// the scrape intervals (when Prometheus said), and each ScaledObject replayed at every HPA timing. The right count
/// is the one the first ScaledObject's highest reading asks for (<see cref="RightReplicasFor"/>), the replay's
/// stand-in for Local's "the profile's peak rate needs N".
/// </summary>
public sealed record ReplayReport(ReplayOptions Options, LoadWindow Load, PrometheusScrapeInterval? Scrape, IReadOnlyList<ReplayedScaledObject> Runs)
{
    /// <summary>Whole seconds from the range's start to its end, both included.</summary>
    public int Seconds => SecondsOf(Options);

    public static int SecondsOf(ReplayOptions options) => (int)(options.End - options.Start).TotalSeconds + 1;

    public int RightReplicas => Runs[0].Steps.RightReplicas;

    /// <summary>Seconds per row of timeline.csv and per point of the chart (<see cref="TimelineResolution"/>).</summary>
    public int SecondsPerRow => Runs[0].Band.SecondsPerPoint;

    public int Rows => Runs[0].Band.Min.Count;

    /// <summary>The lowest count the HPA holds at the highest value of the first HPA metric (the first trigger's
    /// query, or the scalingModifiers composite; tolerance included, within min..max), from each trigger's readings.</summary>
    public static int RightReplicasFor(ScaledObjectSpec spec, IReadOnlyList<double?> firstMetricValues, ModelVersions versions)
    {
        var peak = firstMetricValues.Where(v => v is { } x && double.IsFinite(x)).Select(v => v!.Value).DefaultIfEmpty(0).Max();
        return spec.ReplicasFor(peak, versions);
    }

    public IReadOnlyList<string> Warnings(ReplayedScaledObject run)
    {
        var warnings = ScalingWarnings.For(run.Spec, run.Steps, Scrape).ToList();
        if (Scrape is null)
        {
            warnings.Add("the scrape interval is unknown (/api/v1/status/config did not answer), so the query's window was not checked against it.");
        }
        warnings.AddRange(run.Spec.Notes);
        return warnings;
    }

    /// <summary>The query's value at the first second of <paramref name="row"/> (the step's reading in force then).</summary>
    public double? ValueAt(ReplayedScaledObject run, int row)
    {
        var index = (int)(TimeSpan.FromSeconds((long)row * SecondsPerRow) / Options.Step);
        return index < run.QueryValues.Count ? run.QueryValues[index] : null;
    }
}
