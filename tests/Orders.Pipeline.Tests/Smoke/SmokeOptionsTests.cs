using Orders.Pipeline.Cli;
using Orders.Pipeline.Smoke;

namespace Orders.Pipeline.Tests.Smoke;

/// <summary>`Orders.Pipeline smoke` options: what Smoke.cake passes, the cluster defaults, and errors naming the option.</summary>
public sealed class SmokeOptionsTests
{
    [Fact]
    public void Reads_the_urls_namespace_and_timeout_with_cluster_hints()
    {
        var options = SmokeOptions.From(new CommandLine(["smoke", "--app-url", "http://127.0.0.1:1/", "--prometheus-url=http://127.0.0.1:2/", "--namespace", "shop", "--timeout", "90s"]));

        Assert.Equal(new Uri("http://127.0.0.1:1/"), options.AppUrl);
        Assert.Equal(new Uri("http://127.0.0.1:2/"), options.PrometheusUrl);
        Assert.Null(options.ExporterUrl);
        Assert.Equal("shop", options.Namespace);
        Assert.Equal(TimeSpan.FromSeconds(90), options.PrometheusTimeout);
        Assert.Contains("-n shop", options.Hints.AppLogs);
    }

    [Fact]
    public void Defaults_to_the_orders_namespace_and_60_seconds()
    {
        var options = SmokeOptions.From(new CommandLine(["smoke", "--app-url", "http://127.0.0.1:1/", "--prometheus-url", "http://127.0.0.1:2/"]));

        Assert.Equal("orders", options.Namespace);
        Assert.Equal(TimeSpan.FromSeconds(60), options.PrometheusTimeout);
    }

    [Theory]
    [InlineData("--prometheus-url", "http://127.0.0.1:2/", "--app-url is required")]
    [InlineData("--app-url", "127.0.0.1:1", "--app-url '127.0.0.1:1' is not an http(s) URL")]
    public void Names_the_option_that_is_missing_or_wrong(string option, string value, string expected)
    {
        var args = new CommandLine(["smoke", option, value, .. option == "--app-url" ? new[] { "--prometheus-url", "http://127.0.0.1:2/" } : []]);

        var error = Assert.Throws<ArgumentException>(() => SmokeOptions.From(args));

        Assert.StartsWith(expected, error.Message);
    }
}
