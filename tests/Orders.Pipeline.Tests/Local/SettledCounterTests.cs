using System.Globalization;
using System.Net;
using System.Text;
using System.Web;
using Microsoft.Extensions.Time.Testing;
using Orders.Pipeline.Local;
using Orders.Pipeline.Prometheus;

namespace Orders.Pipeline.Tests.Local;

/// <summary>
/// Local's exact-count check at the cluster's 15 s scrape: the counter Prometheus shows between scrapes is
/// stale, so the count is read from the first scrape after the orders (by the sample's own timestamp), on a
/// fake clock and a fake Prometheus that scrapes at the times each test sets.
/// </summary>
public sealed class SettledCounterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    /// <summary>Answers instant queries at their <c>time</c> from the scrapes made by then: the counter's value,
    /// or (for <c>timestamp(...)</c>) when it was scraped.</summary>
    private sealed class ScrapedCounter(params (double Seconds, double Value)[] scrapes) : HttpMessageHandler
    {
        /// <summary>The time of the last query, seconds after T0: when the reader decided.</summary>
        public double LastQueryAt { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var query = HttpUtility.ParseQueryString(request.RequestUri!.Query);
            var expression = query["query"]!;
            var at = double.Parse(query["time"]!, CultureInfo.InvariantCulture);
            LastQueryAt = at - T0.ToUnixTimeMilliseconds() / 1000.0;
            var (seconds, value) = scrapes.Last(s => T0.ToUnixTimeMilliseconds() / 1000.0 + s.Seconds <= at);
            var answer = expression.Contains("timestamp(", StringComparison.Ordinal) ? T0.ToUnixTimeMilliseconds() / 1000.0 + seconds : value;
            var body = string.Create(CultureInfo.InvariantCulture, $"{{\"status\":\"success\",\"data\":{{\"resultType\":\"vector\",\"result\":[{{\"metric\":{{}},\"value\":[{at},\"{answer}\"]}}]}}}}");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }

    /// <summary>The fake clock, telling the test each time the reader starts waiting on it, so time moves only
    /// while the reader waits (never while a query is in flight).</summary>
    private sealed class WaitingClock(FakeTimeProvider clock) : TimeProvider
    {
        public SemaphoreSlim Waiting { get; } = new(0);

        public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

        public override long GetTimestamp() => clock.GetTimestamp();

        public override long TimestampFrequency => clock.TimestampFrequency;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = clock.CreateTimer(callback, state, dueTime, period);
            Waiting.Release();
            return timer;
        }
    }

    private static async Task<(double Count, TimeSpan After)> ReadAsync(double? atLeast, params (double, double)[] scrapes)
    {
        var fake = new FakeTimeProvider(T0);
        var clock = new WaitingClock(fake);
        var prometheus = new ScrapedCounter(scrapes);
        using var http = new HttpClient(prometheus) { BaseAddress = new Uri("http://127.0.0.1/") };
        var read = new SettledCounter(new PrometheusClient(http), "orders", Interval, clock).ReadAsync(atLeast, CancellationToken.None);
        for (var i = 0; i < 1000 && !read.IsCompleted; i++)
        {
            if (await Task.WhenAny(clock.Waiting.WaitAsync(), read) != read)
            {
                fake.Advance(TimeSpan.FromSeconds(1));
            }
        }
        return (await read, TimeSpan.FromSeconds(prometheus.LastQueryAt));
    }

    [Fact]
    public async Task Waits_for_the_first_scrape_after_the_orders_not_the_stale_value_before_it()
    {
        // Scraped 5 s before the call (1: the exporter had not counted the Smoke order yet), next at +10 s.
        var (count, after) = await ReadAsync(null, (-5, 1), (10, 2), (25, 2));

        Assert.Equal(2, count);
        Assert.Equal(TimeSpan.FromSeconds(10), after);
    }

    [Fact]
    public async Task After_the_load_takes_the_first_later_scrape_that_reached_the_orders_served()
    {
        var (count, _) = await ReadAsync(101, (-14, 60), (1, 100), (16, 101), (31, 101));

        Assert.Equal(101, count);
    }

    [Fact]
    public async Task Lost_orders_end_the_wait_at_its_bound_with_the_last_count()
    {
        var (count, after) = await ReadAsync(101, (-14, 60), (1, 99), (16, 99), (31, 99), (46, 99));

        Assert.Equal(99, count);
        Assert.Equal(2 * Interval + TimeSpan.FromSeconds(20), after);
    }
}
