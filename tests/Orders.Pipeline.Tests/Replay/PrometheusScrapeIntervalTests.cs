using Orders.Pipeline.Replay;

namespace Orders.Pipeline.Tests.Replay;

public sealed class PrometheusScrapeIntervalTests
{
    private const string Config = "global:\n  scrape_interval: 15s\n  scrape_timeout: 10s\nscrape_configs:\n- job_name: orders-exporter\n  scrape_interval: 5s\n- job_name: other\n";

    [Fact]
    public void Reads_the_global_scrape_interval_of_the_loaded_configuration()
    {
        Assert.Equal(TimeSpan.FromSeconds(15), PrometheusScrapeInterval.FromConfig(Config).Global);
    }

    [Fact]
    public void A_query_selecting_a_job_is_judged_by_that_job_s_own_interval()
    {
        var intervals = PrometheusScrapeInterval.FromConfig(Config);

        Assert.Equal(TimeSpan.FromSeconds(5), intervals.For("sum(rate(product_order_total{job=\"orders-exporter\",namespace=\"orders\"}[20s]))"));
        Assert.Equal(TimeSpan.FromSeconds(5), intervals.For("sum(rate(x{namespace=\"a\", job = \"orders-exporter\"}[20s]))"));
    }

    [Theory]
    [InlineData("sum(rate(x{job=\"other\"}[1m]))")] // a job that sets no interval of its own
    [InlineData("sum(rate(x{job=\"unknown\"}[1m]))")] // a job this Prometheus does not run
    [InlineData("sum(rate(product_order_total[5m]))")] // no job selected
    [InlineData("sum(rate(x{my_job=\"orders-exporter\"}[1m]))")] // another label that ends in job
    public void Any_other_query_is_judged_by_the_global_interval(string query)
    {
        Assert.Equal(TimeSpan.FromSeconds(15), PrometheusScrapeInterval.FromConfig(Config).For(query));
    }

    [Fact]
    public void Is_Prometheus_default_of_one_minute_when_unset()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), PrometheusScrapeInterval.FromConfig("scrape_configs: []\n").Global);
    }

    [Theory]
    [InlineData("sum(rate(x{job=~\"orders.*\"}[1m]))", 30)] // both orders jobs: the slower one
    [InlineData("sum(rate(x{job=~\"orders-exporter\"}[1m]))", 5)]
    [InlineData("sum(rate(x{job=~\"orders\"}[1m]))", 15)] // anchored: selects no job here, so the global one
    [InlineData("sum(rate(x{job!=\"orders-exporter\"}[1m]))", 30)] // other and orders-slow
    [InlineData("sum(rate(x{job!~\"orders-.*\"}[1m]))", 15)]
    [InlineData("sum(rate(x{job=~\"orders.*\", job!=\"orders-slow\"}[1m]))", 5)]
    public void Every_job_a_matcher_selects_counts_with_its_own_interval(string query, int seconds)
    {
        var intervals = PrometheusScrapeInterval.FromConfig(Config + "- job_name: orders-slow\n  scrape_interval: 30s\n");

        Assert.Equal(TimeSpan.FromSeconds(seconds), intervals.For(query));
    }
}
