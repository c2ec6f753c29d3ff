namespace Orders.Pipeline.Load;

/// <summary>The outcome of a run: one <see cref="LoadSecond"/> per second of the profile (plus the seconds
/// late responses arrived in), the totals, and when it started.</summary>
public sealed record LoadResult(DateTimeOffset StartedAt, long Scheduled, IReadOnlyList<LoadSecond> Seconds)
{
    public long Sent => Seconds.Sum(s => s.Sent);
    public long Ok => Seconds.Sum(s => s.Ok);
    public long Errors => Seconds.Sum(s => s.Errors);
    public long Timeouts => Seconds.Sum(s => s.Timeouts);
    public long Dropped => Seconds.Sum(s => s.Dropped);

    /// <summary>Every latency, for percentiles over a stretch of seconds; none unless the engine recorded them.</summary>
    public LoadLatencies Latencies { get; init; } = LoadLatencies.None;
}
