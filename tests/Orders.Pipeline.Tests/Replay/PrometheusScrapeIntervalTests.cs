using Orders.Pipeline.Replay;

namespace Orders.Pipeline.Tests.Replay;

public sealed class PrometheusScrapeIntervalTests
{
    [Fact]
    public void Reads_the_global_scrape_interval_of_the_loaded_configuration()
    {
        var yaml = "global:\n  scrape_interval: 15s\n  scrape_timeout: 10s\nscrape_configs:\n- job_name: x\n  scrape_interval: 1s\n";

        Assert.Equal(TimeSpan.FromSeconds(15), PrometheusScrapeInterval.FromConfig(yaml));
    }

    [Fact]
    public void Is_Prometheus_default_of_one_minute_when_unset()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), PrometheusScrapeInterval.FromConfig("scrape_configs: []\n"));
    }

}
