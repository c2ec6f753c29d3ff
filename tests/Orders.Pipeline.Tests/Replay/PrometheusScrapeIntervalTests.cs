using System.Text.Json;
using Orders.Pipeline.Replay;
using Orders.Pipeline.Report;
using Promql.Queries;

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

    /// <summary>As the Prometheus Operator scrapes k8s/components/prometheus-operator's PodMonitor: the job is named
    /// podMonitor/orders/orders-exporter/0, its series carry job="orders-exporter".</summary>
    private const string OperatorConfig = "global:\n  scrape_interval: 30s\nscrape_configs:\n- job_name: podMonitor/orders/orders-exporter/0\n  scrape_interval: 5s\n";

    private const string OperatorTargets = """
        {"activeTargets": [
          {"labels": {"job": "orders-exporter", "pod": "a"}, "scrapePool": "podMonitor/orders/orders-exporter/0", "scrapeInterval": "5s"},
          {"labels": {"job": "orders-exporter", "pod": "b"}, "scrapePool": "podMonitor/orders/orders-exporter/0", "scrapeInterval": "5s"},
          {"labels": {"job": "api"}, "scrapePool": "serviceMonitor/orders/api/0", "scrapeInterval": "1m"},
          {"labels": {"instance": "x"}, "scrapePool": "no-job", "scrapeInterval": "2m"}
        ]}
        """;

    [Theory]
    [InlineData("sum(rate(product_order_total{job=\"orders-exporter\"}[20s]))", 5)]
    [InlineData("sum(rate(x{job=~\"orders-.*\"}[1m]))", 5)]
    [InlineData("sum(rate(x{job!=\"orders-exporter\"}[1m]))", 60)] // api
    [InlineData("sum(rate(x{job!~\"api\"}[1m]))", 5)]
    [InlineData("sum(rate(x{job=\"podMonitor/orders/orders-exporter/0\"}[1m]))", 30)] // a job_name is no label
    public void A_job_matcher_selects_the_targets_job_label_not_the_configs_job_name(string query, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), Operator().For(query));
    }

    [Fact]
    public void A_configured_job_with_no_target_now_keeps_its_job_name()
    {
        using var none = JsonDocument.Parse("""{"activeTargets": []}""");

        var intervals = PrometheusScrapeInterval.FromConfig(Config).WithTargets(none.RootElement);

        Assert.Equal(TimeSpan.FromSeconds(5), intervals.For("sum(rate(x{job=\"orders-exporter\"}[20s]))"));
    }

    [Fact]
    public void A_window_judged_by_the_global_interval_says_so()
    {
        var intervals = Operator();
        var matched = Selectors.Of(TriggerQuery.Parse("x{job=\"orders-exporter\"}"))[0];
        var unmatched = Selectors.Of(TriggerQuery.Parse("x{job=\"nobody\"}"))[0];

        Assert.Equal("the longest of the jobs it selects", intervals.Basis(matched));
        Assert.Contains("global scrape_interval: no scraped target's job label matches", intervals.Basis(unmatched), StringComparison.Ordinal);
    }

    private static PrometheusScrapeInterval Operator()
    {
        using var targets = JsonDocument.Parse(OperatorTargets);
        return PrometheusScrapeInterval.FromConfig(OperatorConfig).WithTargets(targets.RootElement);
    }
}
