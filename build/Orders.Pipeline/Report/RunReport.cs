using Orders.Pipeline.Load;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Report;

/// <summary>Everything a report is made of: how the run was configured, what the load did, and each
/// ScaledObject's model (the first is the project's, any others are compared with it).</summary>
public sealed record RunReport(
    string Mode,
    Uri AppUrl,
    Uri PrometheusUrl,
    LoadProfile Profile,
    LoadEndpoint Endpoint,
    LoadOptions Options,
    LoadResult Load,
    IReadOnlyList<ScaledObjectRun> ScaledObjects,
    IReadOnlyList<int?>? ActualReplicas = null,
    IReadOnlyList<string>? Checks = null,
    TimeSpan? ScrapeInterval = null)
{
    public DateTimeOffset Start => Load.StartedAt;

    public int Seconds => Math.Max(Load.Seconds.Count, ScaledObjects.Select(s => s.QueryValues.Count).DefaultIfEmpty(0).Max());

    /// <summary>The replica count the profile's peak rate needs by the project's own measure: peak rate over
    /// the first ScaledObject's threshold (orders per second one replica takes), within its min and max.</summary>
    public int RightReplicas => ScaledObjects[0].RightReplicasFor(Profile.Stages.Max(s => Math.Max(s.FromRate, s.ToRate)));

    /// <summary>The figures over every HPA timing replayed.</summary>
    public ScalingRanges Ranges(ScaledObjectRun run) => ScalingRanges.Of(run, Start, Profile.LoadEnd, RightReplicas);

    public ReplicaBand Band(ScaledObjectRun run) => ReplicaBand.Of(run, Start, Seconds);

    /// <summary>When KEDA's fallback was in force, seconds from the run's start.</summary>
    public FallbackPeriods Fallback(ScaledObjectRun run) => FallbackPeriods.Of(run, Start, Seconds);

    public IReadOnlyList<string> Warnings(ScaledObjectRun run) => ScalingWarnings.For(run.Spec, Ranges(run), ScrapeInterval is { } scrape ? Replay.PrometheusScrapeInterval.Uniform(scrape) : null);
}
