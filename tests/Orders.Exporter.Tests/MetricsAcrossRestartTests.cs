using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

/// <summary>
/// What Prometheus reads across restarts: the counters and histograms continue from the checkpoint, never
/// below a value already served (a decrease is a reset to Prometheus) and never counting a line twice.
/// </summary>
public sealed class MetricsAcrossRestartTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task After_sigkill_the_values_continue_from_the_last_served_ones_and_lines_after_it_count_once()
    {
        // Given an exporter that has served the values of 3 orders, then recorded 2 more without serving them
        var log = _dir.Combine("access.log");
        using var exporter = new ExporterHarness(log, _dir.Combine("state", "checkpoint.json"));
        await exporter.PollAsync();
        W3CLines.Append(log, W3CLines.Header() + Orders(1, 3));
        await exporter.PollAsync();
        var served = (await exporter.MetricsAsync()).Get("product_order_total");
        W3CLines.Append(log, Orders(4, 2));
        await exporter.PollAsync();

        // When it is killed (no last read, no last checkpoint), 1 more order arrives and it starts again
        exporter.KillAndStartAgain();
        W3CLines.Append(log, Orders(6, 1));
        await exporter.PollAsync();

        // Then the served value went 3 -> 6: never down, each order once
        var metrics = await exporter.MetricsAsync();
        Assert.Equal(3, served);
        Assert.Equal(6, metrics.Get("product_order_total"));
        Assert.Equal(6, metrics.Get("http_requests_total{method=\"GET\",path=\"/product\",status=\"200\"}"));
        Assert.Equal(6, metrics.Get("accesslog_lines_total{result=\"parsed\"}"));
    }

    [Fact]
    public async Task The_duration_histogram_continues_with_the_same_buckets_and_sum()
    {
        // Given requests whose times fall in several buckets, one above the last
        var log = _dir.Combine("access.log");
        using var exporter = new ExporterHarness(log, _dir.Combine("state", "checkpoint.json"));
        await exporter.PollAsync();
        var times = new[] { 0.2, 3, 3, 7.5, 40, 180, 900, 2600, 15000 };
        W3CLines.Append(log, W3CLines.Header() + string.Concat(times.Select(ms => Line(ms))));
        await exporter.PollAsync();
        var before = Histogram(await exporter.MetricsAsync());

        // When it restarts (gracefully; the histogram is restored, not re-read)
        await exporter.RestartAsync();
        await exporter.PollAsync();

        // Then every bucket, the count and the sum are what they were
        var after = Histogram(await exporter.MetricsAsync());
        Assert.Equal(before.Where(s => !s.Key.Contains("_sum")), after.Where(s => !s.Key.Contains("_sum")));
        var sum = before.Single(s => s.Key.Contains("_sum")).Value;
        Assert.Equal(times.Sum() / 1000, sum, 9);
        Assert.Equal(sum, after.Single(s => s.Key.Contains("_sum")).Value, 9);
    }

    private static string Orders(int first, int count) =>
        string.Concat(Enumerable.Range(first, count).Select(id => W3CLines.Request(id, stem: "/product")));

    private static string Line(double milliseconds) =>
        $"2026-11-28 03:09:07 127.0.0.1 GET /product - 200 {milliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} HTTP/1.1 -\n";

    private static List<KeyValuePair<string, double>> Histogram(Dictionary<string, double> metrics) =>
        [.. metrics.Where(s => s.Key.StartsWith("http_request_duration_seconds", StringComparison.Ordinal) && s.Key.Contains("/product", StringComparison.Ordinal)).OrderBy(s => s.Key)];
}
