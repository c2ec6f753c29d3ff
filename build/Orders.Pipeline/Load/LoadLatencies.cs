namespace Orders.Pipeline.Load;

/// <summary>
/// Every latency of a run, in milliseconds, by the second its response arrived in (as <see cref="LoadSecond"/>
/// counts them). Kept so that a percentile over a stretch of the run (the profile's hold) is taken over the
/// requests themselves: the median of per-second medians is not the median of the stretch.
/// </summary>
public sealed class LoadLatencies(IReadOnlyList<double[]> bySecond)
{
    public static LoadLatencies None { get; } = new([]);

    /// <summary>The latencies of seconds [<paramref name="fromSecond"/>, <paramref name="toSecond"/>), sorted.</summary>
    public double[] Between(int fromSecond, int toSecond) =>
        [.. bySecond.Skip(Math.Max(0, fromSecond)).Take(Math.Max(0, toSecond - Math.Max(0, fromSecond))).SelectMany(s => s).Order()];

    /// <summary>The nearest-rank percentile <paramref name="p"/> (0-1) of those seconds, as each second's line
    /// computes it; null when no response arrived then.</summary>
    public double? Percentile(int fromSecond, int toSecond, double p) => LoadRecorder.Percentile(Between(fromSecond, toSecond), p);
}
