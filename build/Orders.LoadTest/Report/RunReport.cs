using Orders.LoadTest.Load;

namespace Orders.LoadTest.Report;

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
    IReadOnlyList<int?>? ActualReplicas = null)
{
    public DateTimeOffset Start => Load.StartedAt;

    public int Seconds => Math.Max(Load.Seconds.Count, ScaledObjects.Select(s => s.QueryValues.Count).DefaultIfEmpty(0).Max());

    public ScalingOutcome Outcome(ScaledObjectRun run) => ScalingOutcome.Of(run, Start, Profile.LoadEnd);
}
