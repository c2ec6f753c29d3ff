using System.Text;
using Orders.Exporter.Metrics;
using Orders.Exporter.Parsing;
using Orders.Exporter.Tests.Support;
using Prometheus;

namespace Orders.Exporter.Tests;

public sealed class CardinalityGuardTests
{
    private readonly RouteTable _routes = new(RouteTable.DefaultTemplates);

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/product", "/product")]
    [InlineData("/PRODUCT/", "/product")]
    [InlineData("/orders", "/orders")]
    [InlineData("/orders/42", "/orders/{id}")]
    [InlineData("/orders/42/", "/orders/{id}")]
    [InlineData("/orders/42/items", "other")]
    [InlineData("/orders//", "other")]
    [InlineData("//", "other")]
    [InlineData("/productx", "other")]
    [InlineData("/wp-admin.php", "other")]
    [InlineData("-", "other")]
    [InlineData("", "other")]
    public void Maps_a_path_to_its_route_template_or_other(string stem, string label)
    {
        Assert.Equal(label, _routes.Labels[_routes.Match(Encoding.UTF8.GetBytes(stem))]);
    }

    [Theory]
    [InlineData("GET", "GET")]
    [InlineData("PATCH", "PATCH")]
    [InlineData("get", "OTHER")]
    [InlineData("PROPFIND", "OTHER")]
    [InlineData("", "OTHER")]
    public void Maps_a_method_to_itself_or_OTHER(string method, string label)
    {
        Assert.Equal(label, HttpMethodLabels.Labels[HttpMethodLabels.Classify(Encoding.ASCII.GetBytes(method))]);
    }

    [Fact]
    public async Task A_scanner_with_a_million_random_urls_creates_no_new_series()
    {
        // Given a fresh registry with only the known series
        var registry = Prometheus.Metrics.NewCustomRegistry();
        var metrics = new RequestMetrics(new MetricsCatalog(registry), _routes, null);
        var before = (await MetricsText.ReadAsync(registry)).Count;

        // When a scanner sends random paths and odd methods (one method, one status: the guard is on the path)
        var random = new Random(7);
        for (var i = 0; i < 1_000_000; i++)
        {
            var stem = Encoding.ASCII.GetBytes($"/{random.Next():x}/{random.Next():x}");
            metrics.Record(new AccessLogEntry { Method = "PROPFIND"u8, UriStem = stem, Status = 404, DurationSeconds = 0.001 });
        }

        // Then one request series and one histogram child were added, not a million
        var after = await MetricsText.ReadAsync(registry);
        Assert.Equal(1_000_000, after.Get("http_requests_total{method=\"OTHER\",path=\"other\",status=\"404\"}"));
        var histogramSeries = after.Keys.Count(k => k.StartsWith("http_request_duration_seconds", StringComparison.Ordinal) && k.Contains("\"OTHER\""));
        Assert.Equal(before + 1 + histogramSeries, after.Count);
    }

    [Fact]
    public async Task Known_series_exist_at_zero_before_the_first_request()
    {
        var registry = Prometheus.Metrics.NewCustomRegistry();
        _ = new RequestMetrics(new MetricsCatalog(registry), _routes, null);

        var series = await MetricsText.ReadAsync(registry);

        Assert.Equal(0, series.Get("product_order_total"));
        Assert.Equal(0, series.Get("http_requests_total{method=\"GET\",path=\"/product\",status=\"200\"}"));
        Assert.Equal(0, series.Get("http_requests_total{method=\"POST\",path=\"/orders\",status=\"201\"}"));
        Assert.Equal(0, series.Get("http_request_duration_seconds_count{method=\"GET\",path=\"/\"}"));
    }
}
