using Orders.Pipeline.Prometheus;

namespace Orders.Pipeline.Local;

/// <summary>
/// The orders Prometheus counted, read from a scrape that came after the orders did: the exporter tails the
/// access log within moments of the response, but Prometheus only sees its counter at the next scrape, up to one
/// interval later (15 s at the cluster's interval). So this waits for a sample whose own timestamp is past the
/// call (plus a moment for the exporter's tail) and, when <c>atLeast</c> is given, that has reached it; polling
/// every second, never longer than two intervals plus 20 s. Then it returns the last value seen, and the
/// caller's exact-count check names the difference.
/// </summary>
public sealed class SettledCounter(PrometheusClient prometheus, string @namespace, TimeSpan scrapeInterval, TimeProvider time)
{
    /// <summary>How long the exporter may take to count a line after its response: it follows the log by inotify.</summary>
    public static readonly TimeSpan ExporterTail = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    private string Counter => $"sum(product_order_total{{namespace=\"{@namespace}\"}})";

    private string ScrapedAt => $"max(timestamp(product_order_total{{namespace=\"{@namespace}\"}}))";

    public TimeSpan Bound => 2 * scrapeInterval + TimeSpan.FromSeconds(20);

    public async Task<double> ReadAsync(double? atLeast, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow() + ExporterTail;
        var deadline = time.GetUtcNow() + Bound;
        double? last = null;
        while (true)
        {
            // Both read at one instant, so the value is the one of the scrape whose time is read.
            var at = time.GetUtcNow();
            var scraped = (await prometheus.QueryAsync(ScrapedAt, at, cancellationToken)).SingleValueOrNull(ScrapedAt);
            if (scraped is { } seconds && DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000)) >= since)
            {
                last = (await prometheus.QueryAsync(Counter, at, cancellationToken)).SingleValueOrNull(Counter) ?? 0;
                if (atLeast is null || last >= atLeast)
                {
                    return last.Value;
                }
            }
            if (time.GetUtcNow() >= deadline)
            {
                return last ?? (await prometheus.QueryAsync(Counter, null, cancellationToken)).SingleValueOrNull(Counter) ?? 0;
            }
            await Task.Delay(Poll, time, cancellationToken);
        }
    }
}
