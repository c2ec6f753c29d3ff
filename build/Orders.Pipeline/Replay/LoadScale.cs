using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Replay;

/// <summary>
/// The what-if of <c>--scale-load</c> (issue 24): every reading's value multiplied, before the model sees it, as if
/// the traffic had been that many times the recorded one. It holds for a query linear in the traffic
/// (<c>sum(rate(x[1m]))</c>, a count of requests in flight); a ratio, a quantile or a latency does not grow with the
/// traffic that way, and the report says the factor was applied to the query's value, not to the traffic.
/// A failed read stays failed: an outage does not scale.
/// </summary>
public static class LoadScale
{
    public static IReadOnlyList<MetricReading> Apply(IReadOnlyList<MetricReading> readings, double factor) =>
        factor == 1 ? readings : readings.Select(r => r with { Value = r.Value * factor, RawValue = r.RawValue * factor }).ToList();
}
