using Orders.Pipeline.Replay;
using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tests.Report;

/// <summary>
/// Each warning of the query lint fires on its cause, read from the syntax tree, with queries KEDA users write
/// (job=~, by (...), offsets, subqueries, @ end()), and only on it: the clean queries get none.
/// </summary>
public sealed class QueryLintTests
{
    // The orders jobs are scraped every 30 s, a canary every 5 s, the rest at the global 15 s.
    private static readonly PrometheusScrapeInterval Scrape = PrometheusScrapeInterval.FromConfig(
        "global:\n  scrape_interval: 15s\nscrape_configs:\n- job_name: orders-exporter\n  scrape_interval: 30s\n- job_name: orders-canary\n  scrape_interval: 5s\n- job_name: api\n");

    private static IReadOnlyList<string> Lint(string query, MetricTargetType type = MetricTargetType.AverageValue) =>
        [.. QueryLint.For(new PrometheusTrigger("http://prometheus", query, 10, MetricType: type, IgnoreNullValues: false), Scrape)];

    [Theory]
    [InlineData("sum(rate(product_order_total{namespace=\"orders\"}[1m]))")]
    [InlineData("sum(rate(product_order_total{namespace=\"orders\"}[2m])) or vector(0)")]
    [InlineData("sum by (namespace) (rate(product_order_total{namespace=\"orders\", job=~\"orders.*\"}[2m]))")]
    [InlineData("histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job=\"api\"}[1m])))")]
    [InlineData("max_over_time(sum(rate(product_order_total{namespace=\"orders\"}[1m]))[5m:30s])")]
    [InlineData("sum(avg_over_time(orders_in_flight{namespace=\"orders\"}[1m])) / 2")]
    public void A_clean_query_gets_no_warning(string query)
    {
        Assert.Empty(Lint(query));
    }

    public static TheoryData<string, string> Causes => new()
    {
        // job=~ selects the 30 s job: 1m holds 2 scrapes (read as the global 15 s, it would pass)
        { "sum(rate(product_order_total{job=~\"orders.*\", namespace=\"orders\"}[1m]))", "under 4 scrape intervals (30 s each" },
        { "sum(rate(product_order_total{job!~\"api|orders-canary\", namespace=\"orders\"}[1m]))", "under 4 scrape intervals (30 s each" },
        { "sum(rate(product_order_total{namespace=\"orders\"}[1m] offset 5m))", "delays the scaling signal by 300 s" },
        { "sum(rate(product_order_total{namespace=\"orders\"}[1m] offset -1m))", "ahead of the poll" },
        { "sum(rate(product_order_total{namespace=\"orders\"}[1m] @ end()))", "evaluates every step at the range's end" },
        { "sum(rate(product_order_total{namespace=\"orders\"}[1m] @ 1609746000))", "freezes the scaling signal" },
        { "max_over_time(sum(rate(product_order_total{namespace=\"orders\"}[1m]))[5m:])", "has no resolution" },
        { "max_over_time(sum(rate(product_order_total{namespace=\"orders\"}[1m]))[2m:1m])", "only 2 times" },
        { "sum(rate(orders_in_flight{namespace=\"orders\"}[1m]))", "is not a counter" },
        { "sum(product_order_total{namespace=\"orders\"})", "counter read without a range" },
        { "rate(product_order_total{namespace=\"orders\"}[1m])", "can return several series" },
        { "sum by (pod) (rate(product_order_total{namespace=\"orders\"}[1m]))", "can return several series" },
        { "topk(1, rate(product_order_total{namespace=\"orders\"}[1m]))", "can return several series" },
        { "sum(rate(product_order_total[1m]))", "selects no label" },
    };

    [Theory]
    [MemberData(nameof(Causes))]
    public void Each_cause_gives_its_one_warning(string query, string expected)
    {
        var warning = Assert.Single(Lint(query));

        Assert.Contains(expected, warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_on_a_sum_is_runaway_growth()
    {
        var warning = Assert.Single(Lint("sum(rate(product_order_total{namespace=\"orders\"}[1m]))", MetricTargetType.Value));

        Assert.Contains("runaway growth", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_window_is_judged_by_the_jobs_its_own_selector_selects()
    {
        // The canary's 5 s allows 20 s; the orders job's 30 s does not, in the same query
        var warning = Assert.Single(Lint("sum(rate(x_total{job=\"orders-canary\", namespace=\"orders\"}[20s])) + sum(rate(x_total{job=\"orders-exporter\", namespace=\"orders\"}[20s]))"));

        Assert.Contains("job=\"orders-exporter\"", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sum(rate(product_order_total{namespace=\"orders\"}[1m])", "1:54: parse error: unclosed left parenthesis")]
    [InlineData("sum(rate(product_order_total{namespace=\"orders\"}))", "expected type range vector in call to function \"rate\", got instant vector")]
    [InlineData("sum(rate(product_order_total{namespace=\"orders\"}[1m]))\n  by (pod",  "2:")]
    public void An_unparsable_query_is_refused_in_Prometheus_words_with_line_and_column(string query, string expected)
    {
        var e = Assert.Throws<InvalidDataException>(() => Lint(query));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Contains("triggers[].metadata.query", e.Message, StringComparison.Ordinal);
    }
}
